/**
 * The local host's stand-in checkout applies a coupon exactly as a merchant's would: through
 * `order.report`, under the coupon's own terms, so the order shows what was really paid.
 */
import { snapshotDb } from '../../support/db-snapshot';
import { useInProcessHost } from '../../support/in-process-host';

describe('POST /dev/checkout with a coupon', () => {
  const host = useInProcessHost();

  const checkout = (persona: string, body: unknown) => host.checkout(persona, body);
  const claimWelcome = async (persona: string): Promise<string> => {
    const response = await host.call(
      'coupon',
      { action: 'claim', templateId: 'demo-welcome' },
      persona,
    );
    return response.body.data.coupon.id;
  };

  test('a 满 ¥50 减 ¥10 coupon on the ¥128 cup: ¥10 off, ¥118 paid, the coupon used', async () => {
    const couponId = await claimWelcome('buyer-a');
    const paid = await checkout('buyer-a', { campaignId: 'demo-group', couponId });
    expect(paid.status).toBe(200);
    expect(paid.body.data.order).toMatchObject({
      amountFen: 12800,
      discountFen: 1000,
      paidFen: 11800,
      couponId,
    });
    const wallet = await host.call('coupon', { action: 'list' }, 'buyer-a');
    expect(wallet.body.data.coupons).toEqual([
      expect.objectContaining({ id: couponId, status: 'redeemed' }),
    ]);
  });

  test('someone else’s coupon is refused with its code and no order is made', async () => {
    const couponId = await claimWelcome('buyer-b');
    const before = await snapshotDb(host.store);
    const refused = await checkout('buyer-c', { campaignId: 'demo-group', couponId });
    expect(refused).toMatchObject({
      status: 409,
      body: { ok: false, error: { code: 'COUPON_NOT_APPLICABLE' } },
    });
    expect(await snapshotDb(host.store)).toEqual(before);
  });
});
