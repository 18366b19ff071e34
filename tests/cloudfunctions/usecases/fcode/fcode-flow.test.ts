import type { FcodeView } from '../../../../cloudfunctions/contracts/fcode';
import { checkCharacter, formatFcode } from '../../../../cloudfunctions/domain/fcode/fcode-code';
import { anFcodeCampaign, anFcodeOrder } from '../../../support/builders/campaign-config';
import { expectError, useHarness } from '../../../support/harness';
import { storeKinds } from '../../../support/stores';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe.each(storeKinds())('F码 on %s', (kind) => {
  const h = useHarness(kind);

  const view = async (campaignId: string, who: string): Promise<FcodeView> =>
    (await h.ok<{ fcode: FcodeView }>('fcode', { action: 'get', campaignId }, who)).fcode;
  const seed = (campaignId: string, openids: string[]) =>
    h.ok('fcode', { action: 'seed', campaignId, openids }, 'merchant', 'merchant');
  let orders = 0;
  const buy = (campaignId: string, buyer: string, fcode: string, orderId = `o-${++orders}`) =>
    h.call('order', anFcodeOrder(campaignId, buyer, fcode, orderId), 'merchant', 'merchant');

  const started = async (config = anFcodeCampaign()) => {
    h.clock.set('2026-03-01T10:00:00.000+08:00');
    await h.save(config);
    await seed(config.id, ['seed']);
    const codes = (await view(config.id, 'seed')).viewer.holding.map((c) => c.code);
    return { id: config.id, codes };
  };

  test('a seed holder receives codesPerSeed codes once, and the batch shows them given out', async () => {
    const { id, codes } = await started();
    expect(codes).toHaveLength(2);
    await seed(id, ['seed']);
    const again = await view(id, 'seed');
    expect(again.viewer.holding).toHaveLength(2);
    expect(again.current).toMatchObject({ number: 1, size: 10, givenOut: 2, used: 0, reserved: 0 });
  });

  test('a friend accepts (typed with dashes, lower case): reserved for them, the giver sees a masked name', async () => {
    const { id, codes } = await started();
    const code = codes[0]!;
    const accepted = await h.ok<{ accepted: boolean; fcode: FcodeView }>(
      'fcode',
      { action: 'accept', code: formatFcode(code).toLowerCase() },
      'friend1',
    );
    expect(accepted.accepted).toBe(true);
    expect(accepted.fcode.viewer.mine).toMatchObject({
      code,
      status: 'reserved',
      via: 'friend',
      from: 's***',
    });
    const giver = await view(id, 'seed');
    expect(giver.viewer.holding.find((c) => c.code === code)).toMatchObject({
      status: 'reserved',
      friend: 'f******',
    });
    // A retried tap answers the same reservation.
    const retry = await h.ok<{ accepted: boolean }>('fcode', { action: 'accept', code }, 'friend1');
    expect(retry.accepted).toBe(false);
  });

  test.each([
    { label: 'someone else got it first', who: 'friend2', code: 'CODE_TAKEN' },
    { label: 'the holder themself', who: 'seed', code: 'SELF_ACCEPT' },
  ])('refused, nothing changes: $label', async ({ who, code: expected }) => {
    const { id, codes } = await started();
    await h.ok('fcode', { action: 'accept', code: codes[0] }, 'friend1');
    const target = expected === 'SELF_ACCEPT' ? codes[1] : codes[0];
    const before = await view(id, 'seed');
    expectError(await h.call('fcode', { action: 'accept', code: target }, who), expected);
    expect(await view(id, 'seed')).toEqual({ ...before, serverNow: before.serverNow });
  });

  test('one person holds at most one code per batch', async () => {
    const { codes } = await started();
    await h.ok('fcode', { action: 'accept', code: codes[0] }, 'friend1');
    expectError(
      await h.call('fcode', { action: 'accept', code: codes[1] }, 'friend1'),
      'ONE_PER_BATCH',
    );
  });

  test.each([
    {
      label: 'a mistyped character',
      mutate: (c: string) => (c[0] === 'A' ? 'B' : 'A') + c.slice(1),
      code: 'INVALID_INPUT',
    },
    {
      label: 'two different neighbours swapped',
      mutate: (c: string) => {
        const i = [...c].findIndex((ch, k) => k > 0 && ch !== c[k - 1]) - 1;
        return c.slice(0, i) + c[i + 1]! + c[i]! + c.slice(i + 2);
      },
      code: 'INVALID_INPUT',
    },
    { label: 'too short', mutate: (c: string) => c.slice(1), code: 'INVALID_INPUT' },
    {
      label: 'a look-alike that is not in the alphabet',
      mutate: (c: string) => `O${c.slice(1)}`,
      code: 'INVALID_INPUT',
    },
  ])('malformed codes are typed errors: $label', async ({ mutate, code }) => {
    const { codes } = await started();
    const original = codes[0]!;
    const typo = mutate(original);
    expect(typo).not.toBe(original);
    expectError(await h.call('fcode', { action: 'accept', code: typo }, 'friend1'), code);
    expectError(await h.call('fcode', { action: 'lookup', code: typo }, 'friend1'), code);
  });

  test('a well-formed code nobody was given does not exist', async () => {
    await started();
    const wrongCheck = checkCharacter('ABCDEFGH') === 'J' ? 'K' : 'J';
    expectError(
      await h.call('fcode', { action: 'accept', code: `ABCDEFGH${wrongCheck}` }, 'f'),
      'INVALID_INPUT',
    );
    // A valid code from the pool (never handed to anyone) is NOT_FOUND to a guesser.
    const [pooled] = await h.store.query<{ code: string }>(
      "select code from fcode_code where status = 'pooled' limit 1",
    );
    expectError(await h.call('fcode', { action: 'accept', code: pooled!.code }, 'f'), 'NOT_FOUND');
  });

  test('the friend buys with it at the checkout: used once, replay answers the same, the giver sees it used', async () => {
    const { id, codes } = await started(
      anFcodeCampaign({ passOn: { codes: 2, maxGenerations: 1 } }),
    );
    const code = codes[0]!;
    await h.ok('fcode', { action: 'accept', code }, 'friend1');
    const quote = await h.ok<{ quote: { applies: boolean; priceFen: number } }>(
      'fcode',
      { action: 'quote', code, buyerOpenid: 'friend1', campaignId: id, productId: 'p1' },
      'merchant',
      'merchant',
    );
    expect(quote.quote).toEqual({ applies: true, priceFen: 9900, refusal: null });
    const first = await buy(id, 'friend1', code, 'order-a');
    expect(first).toMatchObject({ ok: true, data: { replayed: false } });
    const replay = await buy(id, 'friend1', code, 'order-a');
    expect(replay).toMatchObject({ ok: true, data: { replayed: true } });
    expectError(await buy(id, 'friend1', code, 'order-b'), 'ALREADY_REDEEMED');
    const [order] = await h.store.query('select order_id from shop_order where order_id = $1', [
      'order-b',
    ]);
    expect(order).toBeUndefined();
    const giver = await view(id, 'seed');
    expect(giver.viewer.holding.find((c) => c.code === code)).toMatchObject({ status: 'used' });
    expect(giver.current).toMatchObject({ used: 1 });
    // The buyer (generation 1, within maxGenerations) receives 2 codes to pass on.
    const buyer = await view(id, 'friend1');
    expect(buyer.viewer.mine).toMatchObject({ status: 'redeemed', orderId: 'order-a' });
    expect(buyer.viewer.holding).toHaveLength(2);
    // Their friend (generation 2) buys too but receives none: maxGenerations is 1.
    await h.ok('fcode', { action: 'accept', code: buyer.viewer.holding[0]!.code }, 'friend2');
    expect(await buy(id, 'friend2', buyer.viewer.holding[0]!.code)).toMatchObject({ ok: true });
    expect((await view(id, 'friend2')).viewer.holding).toHaveLength(0);
  });

  test.each([
    { label: "someone else's code", buyer: 'stranger', code: 'FCODE_NOT_USABLE' },
    { label: 'another product', buyer: 'friend1', product: 'p2', code: 'FCODE_NOT_USABLE' },
    { label: 'a held code nobody accepted', buyer: 'seed', which: 1, code: 'FCODE_NOT_USABLE' },
    { label: 'a lapsed reservation', buyer: 'friend1', later: 25 * HOUR, code: 'FCODE_NOT_USABLE' },
  ])(
    'the checkout refuses, nothing is written: $label',
    async ({ buyer, product, which, later, code }) => {
      const { id, codes } = await started();
      await h.ok('fcode', { action: 'accept', code: codes[0] }, 'friend1');
      if (later) h.clock.advance(later);
      const orderId = `refused-${++orders}`;
      const result = await h.call(
        'order',
        {
          action: 'report',
          orderId,
          buyerOpenid: buyer,
          amountFen: 9900,
          campaignId: id,
          productId: product ?? 'p1',
          fcode: codes[which ?? 0],
        },
        'merchant',
        'merchant',
      );
      expectError(result, code);
      expect(
        await h.store.query('select 1 from shop_order where order_id = $1', [orderId]),
      ).toEqual([]);
    },
  );

  test('a code of another campaign is refused at that campaign’s checkout', async () => {
    const a = await started();
    const b = await started();
    await h.ok('fcode', { action: 'accept', code: a.codes[0] }, 'friend1');
    expectError(await buy(b.id, 'friend1', a.codes[0]!), 'FCODE_NOT_USABLE');
  });

  test('a friend who does not buy in time: the code returns to its giver, who may pass it on again', async () => {
    const { id, codes } = await started();
    await h.ok('fcode', { action: 'accept', code: codes[0] }, 'friend1');
    h.clock.advance(24 * HOUR);
    const giver = await view(id, 'seed');
    expect(giver.viewer.holding.find((c) => c.code === codes[0])).toMatchObject({
      status: 'held',
      friend: null,
    });
    expect((await view(id, 'friend1')).viewer.mine).toBeNull();
    // friend1 may accept another code of the batch now; friend2 may take this one.
    await h.ok('fcode', { action: 'accept', code: codes[0] }, 'friend2');
    await h.ok('fcode', { action: 'accept', code: codes[1] }, 'friend1');
  });

  test('a code not handed on in time goes to the waitlist, earliest first, and the person is told', async () => {
    const { id, codes } = await started();
    const joined = await h.ok<{ joined: boolean; fcode: FcodeView }>(
      'fcode',
      { action: 'join', campaignId: id },
      'w1',
    );
    expect(joined.joined).toBe(true);
    expect(joined.fcode.viewer.waitlist).toMatchObject({ status: 'waiting', ahead: 0 });
    await h.ok('fcode', { action: 'join', campaignId: id }, 'w2');
    await h.ok('fcode', { action: 'join', campaignId: id }, 'w3');
    expect((await view(id, 'w3')).viewer.waitlist).toMatchObject({ ahead: 2 });
    expect((await view(id, 'w3')).waiting).toBe(3);
    // Joining again keeps the first place.
    expect(
      (await h.ok<{ joined: boolean }>('fcode', { action: 'join', campaignId: id }, 'w1')).joined,
    ).toBe(false);

    await h.ok('fcode', { action: 'accept', code: codes[1] }, 'friend1');
    h.clock.advance(3 * DAY);
    // codes[0] was never handed on: it goes to w1. codes[1]'s friend let it lapse: it went
    // back to the seed, whose time to hand it on has also run out, so it goes to w2.
    const w1 = await view(id, 'w1');
    expect(w1.viewer.waitlist).toMatchObject({ status: 'promoted', ahead: 0 });
    expect(w1.viewer.mine).toMatchObject({ via: 'waitlist', from: null, status: 'reserved' });
    expect(w1.viewer.messages).toEqual([
      expect.objectContaining({
        type: 'fcode.promoted',
        payload: expect.objectContaining({ code: w1.viewer.mine!.code }),
      }),
    ]);
    expect((await view(id, 'w2')).viewer.waitlist).toMatchObject({ status: 'promoted' });
    expect((await view(id, 'w3')).viewer.waitlist).toMatchObject({ status: 'waiting', ahead: 0 });
    const seedView = await view(id, 'seed');
    expect(seedView.viewer.holding.map((c) => c.status).sort()).toEqual(['gone', 'gone']);
    // The promoted person buys with it.
    expect(await buy(id, 'w1', w1.viewer.mine!.code)).toMatchObject({ ok: true });
    const outbox = await h.store.query('select recipient_openid from outbox order by id');
    expect(outbox).toEqual([{ recipient_openid: 'w1' }, { recipient_openid: 'w2' }]);
  });

  test('a released batch’s size is fixed: saving a config that raises it is refused; a new batch may be added', async () => {
    const config = anFcodeCampaign();
    const { id } = await started(config);
    const raised = {
      ...config,
      fcode: { ...config.fcode, batches: [{ size: 11, to: 'holders' as const }] },
    };
    expectError(
      await h.call('campaign', { action: 'save', config: raised }, 'merchant', 'merchant'),
      'INVALID_INPUT',
    );
    const [batch] = await h.store.query<{ size: number }>(
      'select size from fcode_batch where campaign_id = $1',
      [id],
    );
    expect(batch!.size).toBe(10);
    const second = {
      ...config,
      fcode: {
        ...config.fcode,
        batches: [...config.fcode.batches, { size: 5, to: 'waitlist' as const }],
      },
    };
    await h.ok('campaign', { action: 'save', config: second }, 'merchant', 'merchant');
    await h.ok('campaign', { action: 'publish', campaignId: id }, 'merchant', 'merchant');
    const after = await view(id, 'someone');
    expect(after.batches.map((b) => [b.number, b.size])).toEqual([
      [1, 10],
      [2, 5],
    ]);
  });

  test('a paused campaign takes no one new on the waitlist, but codes already given out still pass on and buy', async () => {
    const { id, codes } = await started();
    await h.ok('campaign', { action: 'pause', campaignId: id }, 'merchant', 'merchant');
    expectError(
      await h.call('fcode', { action: 'join', campaignId: id }, 'late'),
      'CAMPAIGN_PAUSED',
    );
    await h.ok('fcode', { action: 'accept', code: codes[0] }, 'friend1');
    expect(await buy(id, 'friend1', codes[0]!)).toMatchObject({ ok: true });
  });

  test('the merchant sees per batch counts, the tree and the key people', async () => {
    const { id, codes } = await started(
      anFcodeCampaign({ passOn: { codes: 1, maxGenerations: 3 } }),
    );
    await h.ok('fcode', { action: 'accept', code: codes[0] }, 'a');
    await buy(id, 'a', codes[0]!);
    const aCode = (await view(id, 'a')).viewer.holding[0]!.code;
    await h.ok('fcode', { action: 'accept', code: aCode }, 'b');
    await buy(id, 'b', aCode);
    await h.ok('fcode', { action: 'accept', code: codes[1] }, 'c');
    const { stats } = await h.ok<{ stats: any }>(
      'fcode',
      { action: 'stats', campaignId: id },
      'merchant',
      'merchant',
    );
    expect(stats.batches).toEqual([
      expect.objectContaining({
        number: 1,
        size: 10,
        issued: 4,
        reserved: 1,
        accepted: 3,
        redeemed: 2,
        expired: 0,
      }),
    ]);
    expect(stats.orders).toBe(2);
    expect(stats.tree).toEqual([
      expect.objectContaining({
        name: 's***',
        orders: 2,
        children: [
          expect.objectContaining({
            name: '*',
            orders: 2,
            bought: true,
            children: [expect.objectContaining({ orders: 1 })],
          }),
          expect.objectContaining({ name: '*', orders: 0, bought: false }),
        ],
      }),
    ]);
    expect(stats.keyPeople[0]).toEqual({ name: 's***', orders: 2, share: 1 });
    expect(stats.topFifthShare).toBe(1);
    expectError(await h.call('fcode', { action: 'stats', campaignId: id }, 'a'), 'FORBIDDEN');
  });
});
