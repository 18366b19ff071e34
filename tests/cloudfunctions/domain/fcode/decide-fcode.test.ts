import {
  acceptRefusal,
  needsCodeAt,
  passOnCount,
  redeemRefusal,
  releasedBatchNumbers,
  type CodeFacts,
} from '../../../../cloudfunctions/domain/fcode/decide-fcode';

const now = new Date('2026-03-01T10:00:00+08:00');
const later = new Date('2026-03-02T10:00:00+08:00');
const earlier = new Date('2026-02-28T10:00:00+08:00');
const held = (over: Partial<CodeFacts> = {}): CodeFacts => ({
  status: 'held',
  holderOpenid: 'giver',
  acceptorOpenid: null,
  heldUntil: later,
  reservedUntil: null,
  ...over,
});

describe('accepting a code', () => {
  test.each([
    { label: 'an open code', code: held(), viewer: 'friend', expected: null },
    { label: 'the holder’s own', code: held(), viewer: 'giver', expected: 'SELF_ACCEPT' },
    {
      label: 'reserved for someone else',
      code: held({ status: 'reserved', acceptorOpenid: 'other', reservedUntil: later }),
      viewer: 'friend',
      expected: 'CODE_TAKEN',
    },
    {
      label: 'already reserved for the viewer (a retried tap)',
      code: held({ status: 'reserved', acceptorOpenid: 'friend', reservedUntil: later }),
      viewer: 'friend',
      expected: 'mine',
    },
    {
      label: 'used',
      code: held({ status: 'redeemed', acceptorOpenid: 'other' }),
      viewer: 'friend',
      expected: 'CODE_TAKEN',
    },
    {
      label: 'never given to anyone',
      code: held({ status: 'pooled', holderOpenid: null }),
      viewer: 'friend',
      expected: 'NOT_FOUND',
    },
    {
      label: 'past its hand-on time',
      code: held({ heldUntil: now }),
      viewer: 'friend',
      expected: 'EXPIRED',
    },
  ])('$label → $expected', ({ code, viewer, expected }) => {
    expect(acceptRefusal(code, viewer, { campaignLive: true, now })).toBe(expected);
  });

  test('a campaign that is not live refuses an open code', () => {
    expect(acceptRefusal(held(), 'friend', { campaignLive: false, now })).toBe('NOT_LIVE');
  });
});

describe('redeeming a code at the checkout', () => {
  const settings = { productId: 'p1', validUntil: '2026-12-31T23:59:59+08:00' };
  const reserved = {
    ...held({ status: 'reserved', acceptorOpenid: 'friend', reservedUntil: later }),
    campaignId: 'c1',
  };
  const basket = { buyerOpenid: 'friend', campaignId: 'c1', productIds: ['p1'] };
  test.each([
    { label: 'the buyer’s reserved code', code: reserved, basket, expected: null },
    {
      label: 'another campaign',
      code: reserved,
      basket: { ...basket, campaignId: 'c2' },
      expected: 'FCODE_NOT_USABLE',
    },
    {
      label: 'another buyer',
      code: reserved,
      basket: { ...basket, buyerOpenid: 'x' },
      expected: 'FCODE_NOT_USABLE',
    },
    {
      label: 'another product',
      code: reserved,
      basket: { ...basket, productIds: ['p2'] },
      expected: 'FCODE_NOT_USABLE',
    },
    {
      label: 'used',
      code: { ...reserved, status: 'redeemed' as const },
      basket,
      expected: 'ALREADY_REDEEMED',
    },
    {
      label: 'a lapsed reservation',
      code: { ...reserved, reservedUntil: now },
      basket,
      expected: 'EXPIRED',
    },
  ])('$label → $expected', ({ code, basket: b, expected }) => {
    expect(redeemRefusal(code, b, settings, now)?.code ?? null).toBe(expected);
  });

  test('outside the validity window', () => {
    expect(
      redeemRefusal(reserved, basket, { ...settings, validUntil: now.toISOString() }, now)?.code,
    ).toBe('EXPIRED');
    expect(
      redeemRefusal(reserved, basket, { ...settings, validFrom: later.toISOString() }, now)?.code,
    ).toBe('FCODE_NOT_USABLE');
  });
});

describe('passing codes on', () => {
  test.each([
    { generation: 1, passOn: { codes: 2, maxGenerations: 2 }, expected: 2 },
    { generation: 2, passOn: { codes: 2, maxGenerations: 2 }, expected: 2 },
    { generation: 3, passOn: { codes: 2, maxGenerations: 2 }, expected: 0 },
    { generation: 1, passOn: undefined, expected: 0 },
  ])('a buyer of generation $generation receives $expected', ({ generation, passOn, expected }) => {
    expect(passOnCount(passOn, generation)).toBe(expected);
  });
});

describe('batches and open sale', () => {
  test('a batch is released at its time, a batch without one with the campaign', () => {
    const batches = [
      { size: 10, to: 'holders' as const },
      { size: 20, to: 'waitlist' as const, releaseAt: later.toISOString() },
    ];
    expect(releasedBatchNumbers(batches, now)).toEqual([1]);
    expect(releasedBatchNumbers(batches, later)).toEqual([1, 2]);
  });

  test('early access needs a code until open sale, a price grant never does', () => {
    const grant = { kind: 'early-access' as const, openSaleAt: now.toISOString() };
    expect(needsCodeAt(grant, earlier)).toBe(true);
    expect(needsCodeAt(grant, now)).toBe(false);
    expect(needsCodeAt({ kind: 'price', priceFen: 100 }, earlier)).toBe(false);
  });
});
