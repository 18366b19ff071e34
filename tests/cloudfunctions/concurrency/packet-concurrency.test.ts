/**
 * Fission coupon packets (裂变优惠券) under load. These run on the PostgreSQL server when
 * DATABASE_URL is set: PGlite runs one transaction at a time and would pass even without the
 * protections.
 *
 * Checked on the server with a protection removed, one at a time, in a copy of the tree (the
 * shared tree untouched, the copy restored and sha256-compared after each run):
 * - claim-packet.ts, `for update` dropped from the packet read → the "as many friends as
 *   coupons" test fails (19 of 20 friends told PACKET_EMPTY while coupons were left: they all
 *   aimed at the same first free slot, and the loser's re-checked `claimer_openid is null`
 *   fails) and the 20-replay test fails (19 INTERNAL on the (packet_id, claimer_openid) unique
 *   key instead of the replayed coupon). The 200-friend test still passes: the conditional
 *   writes alone never hand out more than 5;
 * - claim-packet.ts, `and claimed < slots` dropped → still passes: under the lock, the slot
 *   update finds no free slot first. The same with `claimer_openid is null` dropped from the
 *   slot update as well (`seq = (select min(seq) … is null)` still names only free slots);
 * - both the lock and `and claimed < slots` dropped → the 200-friend test fails (31 INTERNAL on
 *   the `claimed between 0 and slots` CHECK), as do the 20-friend and 20-replay tests;
 * - countClaimDay, `where packet_claim_day.claims < $4` dropped → the 12-packet test fails:
 *   the friend gets 12 coupons in a day instead of 3.
 */
import type { FunctionResult } from '../../../cloudfunctions/contracts/result';
import { aCouponCampaign, aPacket } from '../../support/builders/campaign-config';
import { reportOrder, useHarness } from '../../support/harness';
import { codes, describeOnServer, range } from '../../support/on-server';

interface ClaimAnswer {
  coupon: { id: string; valueFen: number };
  replayed: boolean;
}

describeOnServer('packets under concurrency on %s', (kind) => {
  const h = useHarness(kind, { poolMax: 32 });

  /** A reported order of `buyer` in the campaign, and the packet they share for it. */
  async function sharedPacket(campaignId: string, buyer: string): Promise<string> {
    const orderId = await reportOrder(h, { buyerOpenid: buyer, campaignId }, 'conc-pkt-order');
    return (await h.ok('packet', { action: 'share', orderId }, buyer)).packet.id;
  }
  const claim = (packetId: string, who: string) =>
    h.call<ClaimAnswer>('packet', { action: 'claim', packetId }, who);
  const couponValues = (results: FunctionResult<ClaimAnswer>[]) =>
    results.flatMap((r) => (r.ok ? [r.data.coupon.valueFen] : [])).sort((a, b) => a - b);

  test('200 friends claiming from one 5-coupon packet at once: exactly 5 coupons, the listed amounts', async () => {
    const c = await h.save(aCouponCampaign({}, { packet: aPacket() }));
    const packetId = await sharedPacket(c.id, 'buyer');

    const results = await Promise.all(range(200, 'friend').map((who) => claim(packetId, who)));
    expect(codes(results)).toEqual({ ok: 5, PACKET_EMPTY: 195 });
    expect(couponValues(results)).toEqual([200, 300, 500, 500, 1000]);

    const [packet] = await h.store.query<{ claimed: number }>(
      'select claimed from packet where id = $1',
      [packetId],
    );
    expect(packet?.claimed).toBe(5);
    // Each slot went to one friend, with the coupon of its own amount.
    const slots = await h.store.query<{
      seq: number;
      value_fen: number;
      coupon_value: number;
      claimer: string;
      owner: string;
    }>(
      `select s.seq, s.value_fen, c.value_fen as coupon_value, s.claimer_openid as claimer,
              c.owner_openid as owner
         from packet_slot s join coupon c on c.id = s.coupon_id
        where s.packet_id = $1 order by s.seq`,
      [packetId],
    );
    expect(slots.map((s) => s.value_fen)).toEqual([1000, 500, 500, 300, 200]);
    for (const s of slots) {
      expect(s.coupon_value).toBe(s.value_fen);
      expect(s.owner).toBe(s.claimer);
    }
    const winners = results.flatMap((r, i) => (r.ok ? [`friend${i + 1}`] : []));
    expect(slots.map((s) => s.claimer).sort()).toEqual(winners.sort());
    const [template] = await h.store.query<{ issued: number; n: number }>(
      `select t.issued, (select count(*)::int from coupon where template_id = t.id) as n
         from coupon_template t where t.id = $1`,
      [`${c.id}:packet`],
    );
    expect(template).toEqual({ issued: 5, n: 5 });
    // Only the winners' claims counted toward their daily limit.
    const [days] = await h.store.query<{ n: number }>(
      'select count(*)::int as n from packet_claim_day where campaign_id = $1',
      [c.id],
    );
    expect(days?.n).toBe(5);
  });

  test('as many friends as coupons (20) claiming at once: every one gets a coupon, none is told the packet is empty', async () => {
    const c = await h.save(
      aCouponCampaign(
        {},
        { packet: aPacket({ amounts: { kind: 'even', totalFen: 2010, count: 20 } }) },
      ),
    );
    const packetId = await sharedPacket(c.id, 'buyer-even');

    const results = await Promise.all(range(20, 'pal').map((who) => claim(packetId, who)));
    expect(codes(results)).toEqual({ ok: 20 });
    expect(couponValues(results)).toEqual([...Array(10).fill(100), ...Array(10).fill(101)]);
    const [packet] = await h.store.query<{ claimed: number; free: number }>(
      `select claimed, (select count(*)::int from packet_slot where packet_id = p.id
                          and claimer_openid is null) as free
         from packet p where id = $1`,
      [packetId],
    );
    expect(packet).toEqual({ claimed: 20, free: 0 });
  });

  test('one friend claiming the same packet 20 times at once: one coupon, the same answer', async () => {
    const c = await h.save(aCouponCampaign({}, { packet: aPacket() }));
    const packetId = await sharedPacket(c.id, 'buyer2');

    const results = await Promise.all(Array.from({ length: 20 }, () => claim(packetId, 'eager')));
    expect(codes(results)).toEqual({ ok: 20 });
    const answers = results.flatMap((r) => (r.ok ? [r.data] : []));
    expect(answers.filter((a) => !a.replayed)).toHaveLength(1);
    expect(new Set(answers.map((a) => a.coupon.id)).size).toBe(1);
    expect(answers[0]?.coupon.valueFen).toBe(1000);

    const owned = await h.store.query('select id from coupon where owner_openid = $1', ['eager']);
    expect(owned).toHaveLength(1);
    const [packet] = await h.store.query<{ claimed: number }>(
      'select claimed from packet where id = $1',
      [packetId],
    );
    expect(packet?.claimed).toBe(1);
    const [day] = await h.store.query<{ claims: number }>(
      'select claims from packet_claim_day where campaign_id = $1 and openid = $2',
      [c.id, 'eager'],
    );
    expect(day?.claims).toBe(1);
  });

  test('one friend claiming from 12 packets of a campaign at once (claimsPerDay 3): exactly 3', async () => {
    const c = await h.save(aCouponCampaign({}, { packet: aPacket({ claimsPerDay: 3 }) }));
    const packets: string[] = [];
    for (const buyer of range(12, 'seller')) packets.push(await sharedPacket(c.id, buyer));

    const results = await Promise.all(packets.map((id) => claim(id, 'greedy')));
    expect(codes(results)).toEqual({ ok: 3, CLAIM_LIMIT: 9 });

    const owned = await h.store.query('select id from coupon where owner_openid = $1', ['greedy']);
    expect(owned).toHaveLength(3);
    const [day] = await h.store.query<{ claims: number }>(
      'select claims from packet_claim_day where campaign_id = $1 and openid = $2',
      [c.id, 'greedy'],
    );
    expect(day?.claims).toBe(3);
    const [claimed] = await h.store.query<{ n: number }>(
      'select sum(claimed)::int as n from packet where campaign_id = $1',
      [c.id],
    );
    expect(claimed?.n).toBe(3);
  });
});
