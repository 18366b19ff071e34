import type { PacketView } from '../../cloudfunctions/contracts/packet';
import {
  PACKET_ID,
  aPacketCoupon,
  aPacketView,
  aPacketViewer,
  sharer,
} from '../support/ui/packet-builders';
import { waitFor } from './support/load-weapp';
import { INVITE_SHARE, stubServer } from './support/stub-server';
import { usePage } from './support/use-page';

// The server behind the page: whatever each action should answer in this test.
let packet: PacketView | undefined;
let claimAnswer: unknown;
const server = stubServer({
  'packet.get': () => packet && { ok: true, data: { packet } },
  'packet.claim': () => claimAnswer,
  'invite.share': () => INVITE_SHARE,
});
const { open, textOf } = usePage('pages/packet/index');

beforeEach(() => {
  packet = undefined;
  claimAnswer = undefined;
});

describe('packet page (real weapp build): packet.get drives the view, a tap claims', () => {
  test('a friend: whose, what, the terms, the slots, and 领取', async () => {
    packet = aPacketView({ claimedBy: ['李*'] });

    open({ packetId: PACKET_ID });

    await waitFor(() => expect(textOf('.packet-summary__heading')).toBe('王* 送你一份优惠券'));
    expect(textOf('.packet-summary__title')).toBe('好友专享券');
    expect(textOf('.packet-summary__disclosure')).toBe('共 3 张：¥10、¥5、¥3，先到先得');
    expect(textOf('.packet-summary__terms')).toBe('满¥50可用 · 领取后 7 天内有效');
    expect(textOf('.packet-slots__count')).toBe('已领 1/3');
    const slots = textOf('.packet-slots');
    expect(slots).toContain('李*');
    expect(slots).toContain('待领取');
    expect(textOf('.friend-claim__claim')).toBe('领取');
  });

  test('the tap claims: 领取成功 with the coupon, and the slots catch up', async () => {
    packet = aPacketView({ claimedBy: ['李*'] });
    const coupon = aPacketCoupon({ valueFen: 500 });
    claimAnswer = {
      ok: true,
      data: {
        packet: aPacketView({
          claimedBy: ['李*', '我'],
          viewer: aPacketViewer({ coupon, canClaim: false, claimRefusal: 'CLAIM_LIMIT' }),
        }),
        coupon,
        replayed: false,
      },
    };

    const page = open({ packetId: PACKET_ID });
    await waitFor(() => expect(textOf('.friend-claim__claim')).toBe('领取'));
    page.find('.friend-claim__claim')?.dispatchEvent('tap');

    await waitFor(() => expect(textOf('.friend-claim__result-title')).toBe('领取成功'));
    expect(textOf('.reward-coupon__value')).toBe('¥5');
    expect(textOf('.reward-coupon')).toContain('满¥50可用');
    expect(textOf('.reward-coupon__use')).toBe('去使用');
    expect(textOf('.packet-slots__count')).toBe('已领 2/3');
    expect(page.find('.friend-claim__claim')).toBeUndefined();
    expect(server.calls.filter((call) => call.data.action === 'claim')).toEqual([
      { name: 'packet', data: { action: 'claim', packetId: PACKET_ID } },
    ]);
  });

  test('a random packet: the range up front, unclaimed amounts as ?', async () => {
    packet = aPacketView({ amounts: [800, 200, 500], claimedBy: ['李*'], hidden: true });

    open({ packetId: PACKET_ID });

    await waitFor(() =>
      expect(textOf('.packet-summary__disclosure')).toBe('共 3 张，总额 ¥15，每张 ¥2–¥8 随机'),
    );
    const values = textOf('.packet-slots').match(/¥\d+|\?/g);
    expect(values).toEqual(['¥8', '?', '?']);
  });

  test('already claimed: the coupon again, no button', async () => {
    const coupon = aPacketCoupon({ valueFen: 1000 });
    packet = aPacketView({
      claimedBy: ['李*', '我'],
      viewer: aPacketViewer({ coupon, canClaim: false, claimRefusal: 'CLAIM_LIMIT' }),
    });

    const page = open({ packetId: PACKET_ID });

    await waitFor(() => expect(textOf('.friend-claim__result-title')).toBe('你已领过这份券'));
    expect(textOf('.reward-coupon__value')).toBe('¥10');
    expect(page.find('.friend-claim__claim')).toBeUndefined();
  });

  test.each([
    {
      label: 'empty',
      view: () =>
        aPacketView({
          claimedBy: ['李*', '张*', '赵*'],
          viewer: aPacketViewer({ canClaim: false, claimRefusal: 'PACKET_EMPTY' }),
        }),
      status: '已领完',
      button: '券已被领完',
    },
    {
      label: 'expired',
      view: () =>
        aPacketView({
          status: 'expired',
          viewer: aPacketViewer({ canClaim: false, claimRefusal: 'EXPIRED' }),
        }),
      status: '已过期',
      button: '已过期',
    },
  ])(
    '$label: the status, and the button says why instead of 领取',
    async ({ view, status, button }) => {
      packet = view();

      open({ packetId: PACKET_ID });

      await waitFor(() => expect(textOf('.packet-summary__closed')).toBe(status));
      expect(textOf('.friend-claim__claim')).toBe(button);
      expect(textOf('.friend-claim__claim')).not.toBe('领取');
    },
  );

  test('the sharer: experience (not cash) from friends’ use, and WeChat’s share button', async () => {
    packet = aPacketView({ viewer: sharer, sharerStats: { used: 1, xp: 20, pendingXp: 0 } });

    const page = open({ packetId: PACKET_ID });

    await waitFor(() =>
      expect(textOf('.sharer-panel__numbers')).toBe('好友已用 1 张，你获得 20 经验'),
    );
    expect(textOf('.sharer-panel__note')).toContain('不是现金');
    expect(textOf('.share-button')).toBe('分享给好友领券');
    expect(page.find('.friend-claim__claim')).toBeUndefined();
    await waitFor(() =>
      expect(server.calls).toContainEqual({
        name: 'invite',
        data: { action: 'share', campaignId: 'demo-group', subjectId: PACKET_ID },
      }),
    );
  });
});
