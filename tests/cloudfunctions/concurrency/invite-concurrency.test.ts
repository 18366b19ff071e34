/**
 * Attribution and orders under load. These run on the PostgreSQL server when DATABASE_URL is
 * set: PGlite runs one transaction at a time and would pass even without the protections.
 *
 * Checked on the server with a protection removed (the use case edited locally, then restored
 * byte for byte, sha256 compared and `git diff cloudfunctions` empty afterwards):
 * - visit-invite.ts, `visitorSeenBefore: !firstSighting` replaced by `false` → both "one new
 *   person through N tokens" tests fail (2 and 10 visits answer isNewUser:true);
 * - visit-invite.ts, `on conflict … do nothing` dropped from the attribution insert → still
 *   passes: the first-sighting insert into campaign_user already serializes the visits, so the
 *   losers see the winner's attribution and never reach that insert. The primary key is a
 *   second line of defence that no concurrent visit can reach on its own;
 * - report-order.ts, `on conflict (order_id) do nothing` dropped → the 50-report test fails
 *   (the losers answer INTERNAL on the primary key).
 */
import { maskName } from '../../../cloudfunctions/domain/shared/mask-name';
import { aBargainCampaign, aCouponCampaign } from '../../support/builders/campaign-config';
import { useHarness } from '../../support/harness';
import { codes, describeOnServer } from '../../support/on-server';

interface VisitAnswer {
  isNewUser: boolean;
  invitedBy: { name: string; bought: boolean } | null;
}

describeOnServer('invites under concurrency on %s', (kind) => {
  const h = useHarness(kind, { poolMax: 32 });

  test.each([{ tokens: 2 }, { tokens: 10 }])(
    'one new person arriving through $tokens different tokens at once: one attribution, one credit',
    async ({ tokens }) => {
      const c = await h.save(aBargainCampaign());
      const sharers = Array.from({ length: tokens }, (_, i) => `sharer${tokens}x${i + 1}`);
      const cards = [];
      for (const sharer of sharers)
        cards.push((await h.ok('invite', { action: 'share', campaignId: c.id }, sharer)).token);
      const newcomer = `newcomer${tokens}`;

      const results = await Promise.all(
        cards.map((token) =>
          h.call<VisitAnswer>('invite', { action: 'visit', campaignId: c.id, token }, newcomer),
        ),
      );
      expect(codes(results)).toEqual({ ok: tokens });
      const answers = results.map((r) => (r.ok ? r.data : null)!);
      expect(answers.filter((a) => a.isNewUser)).toHaveLength(1);

      const attributions = await h.store.query<{ sharer_openid: string }>(
        'select sharer_openid from attribution where campaign_id = $1 and invitee_openid = $2',
        [c.id, newcomer],
      );
      expect(attributions).toHaveLength(1);
      const winner = attributions[0]!.sharer_openid;
      expect(sharers).toContain(winner);
      const credits = await h.store.query(
        'select sharer_openid, stage from conversion where campaign_id = $1',
        [c.id],
      );
      expect(credits).toEqual([{ sharer_openid: winner, stage: 'arrived' }]);
      // Every visit, the losing ones too, names the one sharer who won.
      expect(new Set(answers.map((a) => a.invitedBy?.name))).toEqual(new Set([maskName(winner)]));
      const [visits] = await h.store.query<{ n: number; fresh: number }>(
        `select count(*)::int as n, count(*) filter (where is_new)::int as fresh
           from visit where campaign_id = $1 and openid = $2`,
        [c.id, newcomer],
      );
      expect(visits).toEqual({ n: tokens, fresh: 1 });
    },
  );

  test('the same order reported 50 times at once: one order, one redemption, one credit', async () => {
    const c = await h.save(aBargainCampaign());
    const { token } = await h.ok('invite', { action: 'share', campaignId: c.id }, 'referrer');
    await h.ok('invite', { action: 'visit', campaignId: c.id, token }, 'buyer');
    const shop = await h.save(aCouponCampaign());
    const { coupon } = await h.ok('coupon', { action: 'claim', templateId: shop.id }, 'buyer');
    const event = {
      action: 'report',
      orderId: 'o-burst',
      buyerOpenid: 'buyer',
      amountFen: 990,
      campaignId: c.id,
      couponId: coupon.id,
    };

    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        h.call<{ order: object; replayed: boolean }>('order', event, 'merchant', 'merchant'),
      ),
    );
    expect(codes(results)).toEqual({ ok: 50 });
    const data = results.map((r) => (r.ok ? r.data : null)!);
    expect(data.filter((d) => !d.replayed)).toHaveLength(1);
    expect(new Set(data.map((d) => JSON.stringify(d.order))).size).toBe(1);
    expect(data[0]!.order).toMatchObject({ orderId: 'o-burst', couponId: coupon.id });

    const [counts] = await h.store.query<Record<string, unknown>>(
      `select (select count(*)::int from shop_order where order_id = 'o-burst') as orders,
              (select count(*)::int from conversion where campaign_id = $1 and stage = 'ordered') as credits,
              (select redeemed_order_id from coupon where id = $2) as redeemed_by`,
      [c.id, coupon.id],
    );
    expect(counts).toEqual({ orders: 1, credits: 1, redeemed_by: 'o-burst' });
  });

  test('one sharer sharing 30 times at once: 30 distinct tokens', async () => {
    const c = await h.save(aBargainCampaign());
    const results = await Promise.all(
      Array.from({ length: 30 }, () =>
        h.call<{ token: string }>('invite', { action: 'share', campaignId: c.id }, 'eager-sharer'),
      ),
    );
    expect(codes(results)).toEqual({ ok: 30 });
    const tokens = new Set(results.map((r) => (r.ok ? r.data.token : null)));
    expect(tokens.size).toBe(30);
    const [row] = await h.store.query<{ n: number }>(
      `select count(distinct token)::int as n from share_token
        where campaign_id = $1 and sharer_openid = 'eager-sharer'`,
      [c.id],
    );
    expect(row?.n).toBe(30);
  });
});
