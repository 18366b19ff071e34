import type { InviteShareResult } from '../../../cloudfunctions/contracts/invite';
import type { PacketGetResult, PacketMineResult } from '../../../cloudfunctions/contracts/packet';
import { PACKET_STATES } from './preview-states';
import { PERSONAS, type PreviewRun, type Step } from './preview-run';

const SUMMARY = '[data-testid=packet-summary]';
const SHARE = '[data-testid=packet-share]';
const WALLET_ROUTE = '/#/pages/coupons/index';

/** Where the buyer finds "分享优惠券给好友" for their order. */
export interface PacketSource {
  /** The buyer whose order the packet is for. */
  sharer: string;
  /** The page with the share button, and what shows it is ready. */
  route: () => string;
  ready: string[];
  /**
   * Makes the buyer's order when the flow before has not: resolves to why there can be none
   * (the packet states are then skipped with that note), or null.
   */
  prepare?: () => Promise<string | null>;
}

function packetRoute(packetId: string, token: string): string {
  return `/#/pages/packet/index?packetId=${encodeURIComponent(packetId)}&token=${token}`;
}

/**
 * For a campaign with `packet` (fission coupons, 裂变优惠券), after the buyer's order: the
 * buyer opens the packet, a friend arrives by its share card and claims a coupon, API-only
 * friends claim the rest, a later friend finds it claimed out; then the buyer's wallet.
 */
export function packetSteps(run: PreviewRun, source: PacketSource): Step[] {
  const { config } = run;
  let packet: { id: string; token: string } | null = null;
  const needPacket = () => {
    if (!packet) throw new Error('no packet was shared');
    return packet;
  };
  // Set when the packet cannot be played: every later step is already skipped.
  let skipped = false;

  return [
    {
      label: 'coupon packet shared (the buyer)',
      run: async () => {
        const none = (await source.prepare?.()) ?? null;
        if (none) {
          skipped = true;
          for (const id of PACKET_STATES) run.skip(id, none);
          return;
        }
        await run.show(source.sharer, source.route(), source.ready, async (screen) => {
          await screen.tap(SHARE, [SUMMARY, '[data-testid=packet-sharer]']);
          await run.capture(screen, 'packet-sharer');
        });
        const { packets } = await run.call<PacketMineResult>(
          'packet',
          { action: 'mine' },
          source.sharer,
        );
        const shared = packets.find((p) => p.campaignId === config.id);
        if (!shared) throw new Error('packet.mine answered no packet of this campaign');
        const { token } = await run.call<InviteShareResult>(
          'invite',
          { action: 'share', campaignId: config.id, subjectId: shared.id },
          source.sharer,
        );
        packet = { id: shared.id, token };
      },
    },
    {
      label: 'friend opens the packet by its share card and claims a coupon',
      run: async () => {
        if (skipped) return;
        const { id, token } = needPacket();
        const ready = [SUMMARY, '[data-testid=packet-claim]'];
        await run.show(PERSONAS.packetFriend, packetRoute(id, token), ready, async (screen) => {
          await run.capture(screen, 'packet-friend');
          await screen.tap('[data-testid=packet-claim]', ['[data-testid=claim-result]']);
          await run.capture(screen, 'packet-claimed');
        });
      },
    },
    {
      label: 'packet claimed out (a later friend’s view)',
      run: async () => {
        if (skipped) return;
        const { id, token } = needPacket();
        const { packet: seen } = await run.call<PacketGetResult>(
          'packet',
          { action: 'get', packetId: id },
          source.sharer,
        );
        // One new person per coupon: the per-person daily limit never stops them.
        for (let left = seen.slots.length - seen.claimed; left > 0; left -= 1) {
          await run.call('packet', { action: 'claim', packetId: id }, run.newHelper());
        }
        const ready = [SUMMARY, '[data-testid=packet-status]'];
        await run.show(PERSONAS.latePacketFriend, packetRoute(id, token), ready, (screen) =>
          run.capture(screen, 'packet-empty'),
        );
      },
    },
    {
      label: 'buyer’s wallet with the shared packet',
      run: async () => {
        if (skipped) return;
        await run.show(source.sharer, WALLET_ROUTE, ['[data-testid=wallet-packet]'], (screen) =>
          run.capture(screen, 'packet-wallet'),
        );
      },
    },
  ];
}

/**
 * A bargain, an assist or a coupon campaign has no order of its own: the initiator buys the
 * product at the stand-in checkout, and shares the packet from the order in their wallet.
 */
export function walletPacketSource(run: PreviewRun): PacketSource {
  const { config } = run;
  return {
    sharer: PERSONAS.initiator,
    route: () => WALLET_ROUTE,
    ready: ['[data-testid=wallet-shareable]'],
    prepare: async () => {
      if (!config.product) {
        return '本活动不售商品，没有订单可分享优惠券 · the campaign sells no product: no order to share a packet for';
      }
      await run.checkout({ campaignId: config.id }, PERSONAS.initiator);
      return null;
    },
  };
}
