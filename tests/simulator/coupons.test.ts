import type { CouponView } from '../../cloudfunctions/contracts/coupon';
import type { PacketMineResult } from '../../cloudfunctions/contracts/packet';
import { aCouponView } from '../support/ui/coupon-builders';
import { PACKET_ID, aPacketView, sharer } from '../support/ui/packet-builders';
import { waitFor } from './support/load-weapp';
import { stubServer } from './support/stub-server';
import { stubWx } from './support/stub-wx';
import { usePage } from './support/use-page';

// coupon.list answers the coupons the test put here, packet.mine the packets; a failure
// when `failing` is set.
let coupons: CouponView[] = [];
let packets: PacketMineResult = { packets: [], shareable: [] };
let failing = false;
const failure = { ok: false, error: { code: 'INTERNAL', message: 'failing' } };
const server = stubServer({
  'coupon.list': () => (failing ? failure : { ok: true, data: { coupons } }),
  'packet.mine': () => (failing ? failure : { ok: true, data: packets }),
  'packet.share': () => ({
    ok: true,
    data: { packet: aPacketView({ viewer: sharer }), created: true },
  }),
});
const { navigateTo } = stubWx(['navigateTo']);
const { open, textOf } = usePage('pages/coupons/index');

beforeEach(() => {
  coupons = [];
  packets = { packets: [], shareable: [] };
  failing = false;
});

describe('coupons page (real weapp build): the wallet from coupon.list', () => {
  test('grouped tabs with counts; usable coupons with value, threshold and validity', async () => {
    coupons = [
      aCouponView({
        title: '新人立减券',
        valueFen: 1000,
        minSpendFen: 5000,
        expiresAt: '2026-12-01T04:00:00.000Z',
      }),
      aCouponView({ title: '砍价商品券', status: 'redeemed', reason: 'bargain_reward' }),
      aCouponView({ title: '过期券', status: 'expired' }),
      aCouponView({ title: '退款收回券', status: 'voided' }),
    ];

    const page = open();

    await waitFor(() => expect(textOf('.wallet-tabs')).toContain('可使用(1)'));
    expect(textOf('.wallet-tabs')).toContain('已使用(1)');
    expect(textOf('.wallet-tabs')).toContain('已过期(2)');
    const card = textOf('.coupon-card');
    for (const text of ['¥10', '满¥50可用', '新人立减券', '有效期至 2026-12-01', '领券中心']) {
      expect(card).toContain(text);
    }
    expect(page.text()).not.toContain('砍价商品券');
    expect(server.routes().sort()).toEqual(['coupon.list', 'packet.mine']);
    expect(page.find('.packet-section')).toBeUndefined();
  });

  test('tapping 已过期 shows the expired and voided ones, stamped', async () => {
    coupons = [
      aCouponView({ title: '新人立减券' }),
      aCouponView({
        title: '过期券',
        status: 'expired',
        valueFen: null,
        percentOff: 20,
        minSpendFen: 0,
      }),
    ];
    const page = open();
    await waitFor(() => expect(textOf('.wallet-tabs')).toContain('已过期(1)'));

    page.find('.wallet-tabs__tab--expired')?.dispatchEvent('tap');
    await waitFor(() => expect(textOf('.coupon-card')).toContain('过期券'));

    expect(textOf('.coupon-card')).toContain('8折');
    expect(textOf('.coupon-card')).toContain('无门槛');
    expect(textOf('.coupon-card__stamp')).toBe('已过期');
    expect(page.text()).not.toContain('新人立减券');
  });

  test('no coupons → 暂无优惠券', async () => {
    const page = open();

    await waitFor(() => expect(page.text()).toContain('暂无优惠券'));
  });

  test('a failure says why, and 重新加载 asks again', async () => {
    failing = true;
    const page = open();
    await waitFor(() => expect(textOf('.page-status__text')).toBe('网络异常，请稍后重试'));

    failing = false;
    coupons = [aCouponView({ title: '新人立减券' })];
    page.find('.page-status__retry')?.dispatchEvent('tap');

    await waitFor(() => expect(textOf('.coupon-card')).toContain('新人立减券'));
    expect(server.calls.filter((call) => call.name === 'coupon')).toHaveLength(2);
  });
});

describe('coupons page (real weapp build): coupons passed on to friends, from packet.mine', () => {
  test('shared packets with how they did; a tap opens one', async () => {
    packets = {
      packets: [
        aPacketView({
          claimedBy: ['李*', '张*'],
          viewer: sharer,
          sharerStats: { used: 1, xp: 20, pendingXp: 0 },
        }),
      ],
      shareable: [],
    };

    const page = open();

    await waitFor(() =>
      expect(textOf('.packet-section__packet')).toContain('已领 2/3 · 好友已用 1 张 · 20 经验'),
    );
    expect(textOf('.packet-section__status')).toBe('领取中');
    expect(textOf('.packet-section__note')).toContain('不是现金');
    page.find('.packet-section__packet')?.dispatchEvent('tap');
    await waitFor(() => expect(navigateTo).toHaveBeenCalledTimes(1));
    expect(navigateTo.mock.calls[0]?.[0].url).toBe(`/pages/packet/index?packetId=${PACKET_ID}`);
  });

  test('an order that may still share: 分享优惠券给好友 → packet.share → its page', async () => {
    packets = {
      packets: [],
      shareable: [
        {
          orderId: 'ord-0001',
          campaignId: 'demo-group',
          campaignTitle: '3 人拼团，保温杯 49 元',
          paidFen: 4900,
        },
      ],
    };

    const page = open();
    await waitFor(() => expect(textOf('.packet-section__order')).toContain('实付 ¥49'));
    expect(textOf('.packet-share__button')).toBe('分享优惠券给好友');
    page.find('.packet-share__button')?.dispatchEvent('tap');

    await waitFor(() => expect(navigateTo).toHaveBeenCalledTimes(1));
    expect(navigateTo.mock.calls[0]?.[0].url).toBe(`/pages/packet/index?packetId=${PACKET_ID}`);
    expect(server.calls).toContainEqual({
      name: 'packet',
      data: { action: 'share', orderId: 'ord-0001' },
    });
  });
});
