import type { GroupCampaign } from '../../../cloudfunctions/contracts/campaign-config';
import type {
  GroupGetResult,
  GroupJoinResult,
  GroupMineResult,
  GroupOpenResult,
  GroupView,
} from '../../../cloudfunctions/contracts/group';
import type { InviteShareResult } from '../../../cloudfunctions/contracts/invite';
import { LANDING_READY, landingRoute, landingStep } from './play-landing';
import { circleSteps } from './play-circle';
import { packetSteps } from './play-packet';
import { PERSONAS, type PreviewRun, type Step } from './preview-run';

const SUMMARY = '[data-testid=group-summary]';
const PAY = '[data-testid=group-pay]';
const PAID = '[data-testid=group-seat-status]:has-text("已支付")';
/** Once settled, the page says how it ended instead of counting down. */
const SETTLED = '[data-testid=group-banner]';

function groupRoute(groupId: string, token?: string): string {
  return `/#/pages/group/index?groupId=${encodeURIComponent(groupId)}${token ? `&token=${token}` : ''}`;
}

/**
 * A group buy (拼团): the leader opens a group from the landing page and pays; a friend arrives
 * by the poster's code, opens the group and joins (seat held until paid), then pays; API-only
 * buyers fill the rest; the leader's page shows it formed. With `packet`, the leader shares
 * coupons from that order. Last, a second leader's group reaches its deadline short of people
 * (the host restarted with its clock past it): it fails and refunds, or completes with those
 * who paid, as the config's `onShort` says.
 */
export function groupSteps(run: PreviewRun, config: GroupCampaign): Step[] {
  const { size } = config.group;
  let group: GroupView | undefined;
  let token: string | undefined;
  const needGroup = () => {
    if (!group) throw new Error('no group was opened');
    return group;
  };

  /** The group as its leader sees it now. */
  const fetchGroup = async (groupId: string): Promise<GroupView> => {
    const { group: seen } = await run.call<GroupGetResult>(
      'group',
      { action: 'get', groupId },
      PERSONAS.initiator,
    );
    return seen;
  };

  /** A new person joins through the API and pays at the stand-in checkout. */
  const joinAndPay = async (groupId: string, persona: string) => {
    await run.call<GroupJoinResult>('group', { action: 'join', groupId }, persona);
    await run.checkout({ campaignId: config.id, groupId }, persona);
  };

  const steps: Step[] = [
    landingStep(run),
    {
      label: 'group opened by the leader, who then pays',
      run: async () => {
        await run.show(
          PERSONAS.initiator,
          landingRoute(config.id),
          LANDING_READY,
          async (screen) => {
            await screen.tap('[data-testid=landing-cta]', [SUMMARY, PAY]);
            await run.capture(screen, 'group-opened');
            // The H5 build pays at the host's stand-in checkout; the card to invite follows.
            await screen.tap(PAY, [PAID, '[data-testid=share-panel]']);
            await screen.waitGone('text=支付成功');
            await run.capture(screen, 'leader-paid');
          },
        );
        const { groups } = await run.call<GroupMineResult>(
          'group',
          { action: 'mine', campaignId: config.id },
          PERSONAS.initiator,
        );
        group = groups.find((g) => g.viewer.isLeader && g.status === 'open');
        if (!group) throw new Error('group.mine answered no open group led by the leader');
        ({ token } = await run.call<InviteShareResult>(
          'invite',
          { action: 'share', campaignId: config.id, subjectId: group.id },
          PERSONAS.initiator,
        ));
      },
    },
    {
      label: 'friend arrives by the poster’s code and opens the group',
      run: async () => {
        const { id } = needGroup();
        if (!token) throw new Error('the leader has no share token');
        // A poster's code carries only the token (its `scene`): the landing page finds the
        // campaign and the group from it, and shows the group under the offer.
        const query = { scene: token };
        const route = `/#/pages/landing/index?scene=${token}`;
        const ready = [...LANDING_READY, '[data-testid=landing-group]'];
        await run.show(PERSONAS.friend, route, ready, async (screen) => {
          await run.capture(screen, 'friend-landing');
          // The landing page the simulator compares: the visitor's shows no group.
          const lines = run.states.get('friend-landing')?.lines ?? [];
          run.landing = { query, served: await screen.served(), lines };
          await screen.tap('[data-testid=landing-group-go]', [SUMMARY, '[data-testid=group-join]']);
          if (!screen.page.url().includes(id)) {
            throw new Error(`the landing page’s group opened ${screen.page.url()}`);
          }
          await run.capture(screen, 'friend-view');
        });
      },
    },
    {
      label: 'friend joined, seat held until they pay (then pays)',
      run: async () => {
        const { id } = needGroup();
        // Joined through the API: the page's own join goes straight on to paying, so the held
        // seat is what a friend sees coming back to the group before paying.
        await run.call<GroupJoinResult>('group', { action: 'join', groupId: id }, PERSONAS.friend);
        const ready = [SUMMARY, PAY, '[data-testid=group-hold]'];
        await run.show(PERSONAS.friend, groupRoute(id, token), ready, async (screen) => {
          await run.capture(screen, 'friend-joined');
          await screen.tap(PAY, [PAID]);
        });
      },
    },
    {
      label: `group completed (${size} paid)`,
      run: async () => {
        const { id } = needGroup();
        let seen = await fetchGroup(id);
        while (seen.status === 'open' && seen.seatsLeft > 0) {
          await joinAndPay(id, run.newHelper());
          seen = await fetchGroup(id);
        }
        if (seen.status !== 'completed') {
          throw new Error(`the group is ${seen.status}, not completed`);
        }
        group = seen;
        const ready = [SUMMARY, SETTLED];
        if (config.packet) ready.push('[data-testid=group-packet]');
        await run.show(PERSONAS.initiator, groupRoute(id), ready, (screen) =>
          run.capture(screen, 'completed'),
        );
      },
    },
  ];
  if (config.packet) {
    steps.push(
      ...packetSteps(run, {
        sharer: PERSONAS.initiator,
        route: () => groupRoute(needGroup().id),
        ready: [SUMMARY, '[data-testid=group-packet]'],
      }),
    );
  }
  // The circle's states come before the clock moves, like the packet's.
  if (config.circle) steps.push(...circleSteps(run));
  steps.push({
    label: 'group short at its deadline (host restarted with its clock past it)',
    run: async () => {
      // A second leader pays, one friend more when that still leaves it short, then time runs out.
      const { group: late } = await run.call<GroupOpenResult>(
        'group',
        { action: 'open', campaignId: config.id },
        PERSONAS.lateInitiator,
      );
      await run.checkout({ campaignId: config.id, groupId: late.id }, PERSONAS.lateInitiator);
      if (size > 2) await joinAndPay(late.id, run.newHelper());
      await run.restartHost(Date.parse(late.endsAt) + 60_000 - Date.now());
      await run.show(PERSONAS.lateInitiator, groupRoute(late.id), [SUMMARY, SETTLED], (screen) =>
        run.capture(screen, 'expired'),
      );
    },
  });
  return steps;
}
