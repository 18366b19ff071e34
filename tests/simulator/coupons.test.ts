import type { CouponView } from '../../cloudfunctions/contracts/coupon';
import { aCouponView } from '../support/ui/coupon-builders';
import {
  type CallFunctionParams,
  type LoadedPage,
  launchApp,
  loadPage,
  waitFor,
} from './support/load-weapp';

// coupon.list answers the coupons the test put here; a failure when `failing` is set.
let coupons: CouponView[] = [];
let failing = false;
const calls: CallFunctionParams[] = [];

async function callFunction(params: CallFunctionParams) {
  calls.push(params);
  if (params.name === 'coupon' && params.data.action === 'list' && !failing) {
    return { result: { ok: true, data: { coupons } } };
  }
  return { result: { ok: false, error: { code: 'INTERNAL', message: 'not stubbed' } } };
}

let page: LoadedPage | undefined;

beforeAll(() => {
  launchApp({ callFunction });
});

beforeEach(() => {
  calls.length = 0;
  coupons = [];
  failing = false;
});

afterEach(() => {
  page?.unload();
  page = undefined;
});

function textOf(selector: string): string {
  const node = page?.find(selector);
  if (!node) throw new Error(`no ${selector} rendered yet`);
  return node.dom?.textContent?.trim() ?? '';
}

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

    page = loadPage('pages/coupons/index');

    await waitFor(() => expect(textOf('.wallet-tabs')).toContain('可使用(1)'));
    expect(textOf('.wallet-tabs')).toContain('已使用(1)');
    expect(textOf('.wallet-tabs')).toContain('已过期(2)');
    const card = textOf('.coupon-card');
    for (const text of ['¥10', '满¥50可用', '新人立减券', '有效期至 2026-12-01', '领券中心']) {
      expect(card).toContain(text);
    }
    expect(page.text()).not.toContain('砍价商品券');
    expect(calls.map((call) => call.data)).toEqual([{ action: 'list' }]);
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
    page = loadPage('pages/coupons/index');
    await waitFor(() => expect(textOf('.wallet-tabs')).toContain('已过期(1)'));

    page.find('.wallet-tabs__tab--expired')?.dispatchEvent('tap');
    await waitFor(() => expect(textOf('.coupon-card')).toContain('过期券'));

    expect(textOf('.coupon-card')).toContain('8折');
    expect(textOf('.coupon-card')).toContain('无门槛');
    expect(textOf('.coupon-card__stamp')).toBe('已过期');
    expect(page.text()).not.toContain('新人立减券');
  });

  test('no coupons → 暂无优惠券', async () => {
    page = loadPage('pages/coupons/index');

    await waitFor(() => expect(page?.text()).toContain('暂无优惠券'));
  });

  test('a failure says why, and 重新加载 asks again', async () => {
    failing = true;
    page = loadPage('pages/coupons/index');
    await waitFor(() => expect(textOf('.wallet__error-text')).toBe('网络异常，请稍后重试'));

    failing = false;
    coupons = [aCouponView({ title: '新人立减券' })];
    page.find('.wallet__retry')?.dispatchEvent('tap');

    await waitFor(() => expect(textOf('.coupon-card')).toContain('新人立减券'));
    expect(calls).toHaveLength(2);
  });
});
