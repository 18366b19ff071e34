/**
 * The F码 acceptance through the local host's HTTP API as the H5 app calls it, on demo-fcode:
 * a seed holder's code goes to a friend who buys at the stand-in checkout (the code redeemed
 * once, the giver credited only for the purchase); a code nobody handed on goes to the first
 * person on the waitlist, who is told (GET /dev/outbox).
 */
import { useInProcessHost } from '../../support/in-process-host';

const DAY = 86_400_000;

describe('F码 through the local host', () => {
  const host = useInProcessHost();

  const ok = (name: string, event: unknown, persona: string) => host.ok(name, event, persona);
  const checkout = (persona: string, body: unknown) => host.checkout(persona, body);

  test('a seed shares, a friend accepts and buys; a waitlisted person is promoted when a code expires', async () => {
    const seed = await ok('fcode', { action: 'get', campaignId: 'demo-fcode' }, 'u1');
    expect(seed.fcode.viewer.holding).toHaveLength(3);
    expect(seed.fcode.current).toMatchObject({ number: 1, size: 30, givenOut: 6, used: 0 });
    expect(seed.fcode.next).toMatchObject({ number: 2, title: '第二批', size: 50 });
    const [first, second] = seed.fcode.viewer.holding;

    // A share token for the card: the friend's purchase, not the share, credits the giver.
    const { token } = await ok('invite', { action: 'share', campaignId: 'demo-fcode' }, 'u1');
    await ok('invite', { action: 'visit', campaignId: 'demo-fcode', token }, 'u2');
    const lookup = await ok('fcode', { action: 'lookup', code: first.code }, 'u2');
    expect(lookup.lookup).toMatchObject({ state: 'open', giver: 'u*', batch: 1 });
    await ok('fcode', { action: 'accept', code: first.code }, 'u2');
    const taken = await host.call('fcode', { action: 'accept', code: first.code }, 'u3');
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('CODE_TAKEN');
    const [before] = await host.store.query<{ n: number }>(
      `select count(*)::int as n from conversion where sharer_openid = 'u1' and stage = 'ordered'`,
    );
    expect(before!.n).toBe(0);

    const paid = await checkout('u2', { campaignId: 'demo-fcode', fcode: first.code });
    expect(paid.status).toBe(200);
    expect(paid.body.data.order).toMatchObject({ amountFen: 19900, productId: 'ti-cup-1' });
    const again = await checkout('u2', { campaignId: 'demo-fcode', fcode: first.code });
    expect(again.body.error.code).toBe('ALREADY_REDEEMED');
    const [after] = await host.store.query<{ n: number }>(
      `select count(*)::int as n from conversion where sharer_openid = 'u1' and stage = 'ordered'`,
    );
    expect(after!.n).toBe(1);
    const buyer = await ok('fcode', { action: 'get', campaignId: 'demo-fcode' }, 'u2');
    expect(buyer.fcode.viewer.mine).toMatchObject({ status: 'redeemed' });
    expect(buyer.fcode.viewer.holding).toHaveLength(2);

    // u4 joins the waitlist; u1 hands `second` to nobody; three days later it goes to u4.
    const joined = await ok('fcode', { action: 'join', campaignId: 'demo-fcode' }, 'u4');
    expect(joined.fcode.viewer.waitlist).toMatchObject({ status: 'waiting', ahead: 0 });
    expect(joined.fcode.waiting).toBe(1);
    host.clock.advance(3 * DAY);
    const promoted = await ok('fcode', { action: 'get', campaignId: 'demo-fcode' }, 'u4');
    expect(promoted.fcode.viewer.waitlist).toMatchObject({ status: 'promoted' });
    expect(promoted.fcode.viewer.mine).toMatchObject({ via: 'waitlist', status: 'reserved' });
    expect([second.code, seed.fcode.viewer.holding[2].code]).toContain(
      promoted.fcode.viewer.mine.code,
    );
    const outbox = await host.request('/dev/outbox?openid=u4');
    expect(outbox.body.data.messages).toEqual([
      expect.objectContaining({
        type: 'fcode.promoted',
        recipient: 'u4',
        deliveredAt: null,
        payload: expect.objectContaining({
          campaignId: 'demo-fcode',
          code: promoted.fcode.viewer.mine.code,
        }),
      }),
    ]);
    const bought = await checkout('u4', {
      campaignId: 'demo-fcode',
      fcode: promoted.fcode.viewer.mine.code,
    });
    expect(bought.status).toBe(200);
  });

  test('bad codes at the checkout are typed errors and write no order', async () => {
    const [before] = await host.store.query<{ n: number }>(
      'select count(*)::int as n from shop_order',
    );
    for (const fcode of ['NOT-A-CODE', '222222222', 'ABC']) {
      const r = await checkout('u9', { campaignId: 'demo-fcode', fcode });
      expect(r.status).toBeGreaterThanOrEqual(400);
      expect(r.body.ok).toBe(false);
    }
    const [after] = await host.store.query<{ n: number }>(
      'select count(*)::int as n from shop_order',
    );
    expect(after!.n).toBe(before!.n);
  });
});
