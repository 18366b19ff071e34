/**
 * Invariant 4: identity is never read from the event. WeChat adds `userInfo` to every event
 * and a client can add anything else; the action always runs as the context's caller.
 */
import {
  aBargainCampaign,
  aCouponCampaign,
  anAssistCampaign,
} from '../../support/builders/campaign-config';
import { expectError, useHarness } from '../../support/harness';
import { storeKinds } from '../../support/stores';

const FORGED = {
  openid: 'victim',
  openId: 'victim',
  OPENID: 'victim',
  unionid: 'victim',
  unionId: 'victim',
  UNIONID: 'victim',
  userInfo: { openId: 'victim', appId: 'wx0000000000000000' },
};

describe.each(storeKinds())('identity fields in the event are ignored on %s', (kind) => {
  const h = useHarness(kind);

  test('a claim issues the coupon to the caller, not to the openid in the event', async () => {
    const c = await h.save(aCouponCampaign());
    const claim = { action: 'claim', templateId: c.id, ...FORGED };
    const { coupon } = await h.ok('coupon', claim, 'mallory');
    const owners = await h.store.query('select owner_openid from coupon where id = $1', [
      coupon.id,
    ]);
    expect(owners).toEqual([{ owner_openid: 'mallory' }]);
    expect((await h.ok('coupon', { action: 'list', ...FORGED }, 'victim')).coupons).toEqual([]);
    expect((await h.ok('coupon', { action: 'list', ...FORGED }, 'mallory')).coupons).toEqual([
      expect.objectContaining({ id: coupon.id }),
    ]);
  });

  test('an assist started with forged identity belongs to the caller', async () => {
    const c = await h.save(anAssistCampaign());
    const start = { action: 'start', campaignId: c.id, ...FORGED };
    const { assist } = await h.ok('assist', start, 'mallory');
    expect(assist.viewer.isInitiator).toBe(true);
    const rows = await h.store.query('select initiator_openid from assist where id = $1', [
      assist.id,
    ]);
    expect(rows).toEqual([{ initiator_openid: 'mallory' }]);
    expect((await h.ok('assist', { action: 'mine', ...FORGED }, 'victim')).assists).toEqual([]);
  });

  test('a help is the caller’s help: forging the initiator’s openid is no self-help', async () => {
    const c = await h.save(aBargainCampaign());
    const { bargain } = await h.ok('bargain', { action: 'start', campaignId: c.id }, 'victim');
    const help = { action: 'help', bargainId: bargain.id, ...FORGED };
    const { bargain: after } = await h.ok('bargain', help, 'mallory');
    expect(after.viewer).toMatchObject({ isInitiator: false, hasHelped: true });
    const helpers = await h.store.query(
      'select helper_openid from bargain_help where bargain_id = $1',
      [bargain.id],
    );
    expect(helpers).toEqual([{ helper_openid: 'mallory' }]);
    // And the initiator forging a friend's openid is still refused as self-help.
    const selfHelp = { action: 'help', bargainId: bargain.id, openid: 'someone-else' };
    expectError(await h.call('bargain', selfHelp, 'victim'), 'SELF_HELP');
  });

  test('role in the event neither grants nor removes the merchant role', async () => {
    const c = await h.save(aCouponCampaign());
    const { coupon } = await h.ok('coupon', { action: 'claim', templateId: c.id }, 'buyer');
    const redeem = {
      action: 'redeem',
      couponId: coupon.id,
      orderId: 'o-42',
      buyerOpenid: 'buyer',
      amountFen: 5000,
      productIds: [],
    };
    expectError(await h.call('coupon', { ...redeem, role: 'merchant' }, 'buyer'), 'FORBIDDEN');
    const redeemed = await h.ok(
      'coupon',
      { ...redeem, role: 'shopper', ...FORGED },
      'merchant',
      'merchant',
    );
    expect(redeemed).toMatchObject({
      replayed: false,
      coupon: { id: coupon.id, status: 'redeemed' },
    });
  });
});
