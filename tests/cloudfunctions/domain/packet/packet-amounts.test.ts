import fc from 'fast-check';
import type { PacketAmounts } from '../../../../cloudfunctions/contracts/campaign-config';
import {
  packetAmounts,
  packetDisclosure,
} from '../../../../cloudfunctions/domain/packet/packet-amounts';
import { aRandomSplit } from '../../../support/builders/campaign-config';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
/** Seeded, so a failure replays; enough runs to cover the corners (count 1, minFen × count = total). */
const RUNS = { seed: 20_260_301, numRuns: 500 };

/** A random packet the contract accepts: 1–20 coupons, minFen × count ≤ totalFen. */
const randomPacket = fc
  .record({
    count: fc.integer({ min: 1, max: 20 }),
    minFen: fc.integer({ min: 1, max: 5_000 }),
    spare: fc.oneof(
      fc.constant(0),
      fc.integer({ min: 0, max: 30 }),
      fc.integer({ min: 0, max: 1_000_000 }),
    ),
    disclosed: fc.boolean(),
  })
  .map(({ count, minFen, spare, disclosed }): Extract<PacketAmounts, { kind: 'random' }> => ({
    kind: 'random',
    count,
    minFen,
    totalFen: minFen * count + spare,
    disclosed,
  }));
const seed = fc.oneof(
  fc.stringMatching(/^pkt_[0-9A-Za-z]{16}$/),
  fc.string({ maxLength: 20 }),
  fc.constant(''),
);

describe('packetAmounts: a list', () => {
  test('hands the amounts out in the listed order', () => {
    const amounts: PacketAmounts = { kind: 'list', amountsFen: [200, 1000, 500, 300, 500] };
    expect(packetAmounts(amounts, 'pkt_a')).toEqual([200, 1000, 500, 300, 500]);
  });

  test('ignores the seed, and is a copy the caller may change', () => {
    const listed = [1000, 500];
    const amounts = packetAmounts({ kind: 'list', amountsFen: listed }, 'pkt_a');
    expect(packetAmounts({ kind: 'list', amountsFen: listed }, 'pkt_b')).toEqual(amounts);
    amounts.push(1);
    expect(listed).toEqual([1000, 500]);
  });
});

describe('packetAmounts: an even split', () => {
  test.each([
    { totalFen: 1000, count: 5, amounts: [200, 200, 200, 200, 200] },
    { totalFen: 1001, count: 4, amounts: [251, 250, 250, 250] },
    { totalFen: 1003, count: 4, amounts: [251, 251, 251, 250] },
    { totalFen: 10, count: 3, amounts: [4, 3, 3] },
    { totalFen: 3, count: 3, amounts: [1, 1, 1] },
    { totalFen: 7, count: 1, amounts: [7] },
  ])('$totalFen fen in $count → $amounts', ({ totalFen, count, amounts }) => {
    expect(packetAmounts({ kind: 'even', totalFen, count }, 'pkt_a')).toEqual(amounts);
  });

  test('any total: sums exactly, shares differ by at most 1 fen, the odd fen go first', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 100_000_000 }),
        (count, extra) => {
          const totalFen = Math.min(count + extra, 100_000_000);
          const amounts = packetAmounts({ kind: 'even', totalFen, count }, 'pkt_a');
          expect(amounts).toHaveLength(count);
          expect(sum(amounts)).toBe(totalFen);
          expect(Math.max(...amounts) - Math.min(...amounts)).toBeLessThanOrEqual(1);
          amounts.slice(1).forEach((a, i) => expect(a).toBeLessThanOrEqual(amounts[i]!));
          expect(amounts.every((a) => Number.isInteger(a) && a >= 1)).toBe(true);
        },
      ),
      RUNS,
    );
  });
});

describe('packetAmounts: a random split (拼手气)', () => {
  test('any seed: the right count of whole fen, each ≥ minFen and ≤ the disclosed max, summing to the total', () => {
    fc.assert(
      fc.property(randomPacket, seed, (packet, s) => {
        const amounts = packetAmounts(packet, s);
        expect(amounts).toHaveLength(packet.count);
        expect(sum(amounts)).toBe(packet.totalFen);
        const { maxFen } = packetDisclosure({ ...packet, disclosed: true });
        for (const amount of amounts) {
          expect(Number.isInteger(amount)).toBe(true);
          expect(amount).toBeGreaterThanOrEqual(packet.minFen);
          expect(amount).toBeLessThanOrEqual(maxFen!);
        }
      }),
      RUNS,
    );
  });

  test('the same seed draws the same amounts (they are fixed when the packet opens)', () => {
    fc.assert(
      fc.property(randomPacket, seed, (packet, s) => {
        expect(packetAmounts(packet, s)).toEqual(packetAmounts({ ...packet }, s));
      }),
      RUNS,
    );
  });

  test('different packets (seeds) draw different splits', () => {
    const packet: PacketAmounts = {
      kind: 'random',
      totalFen: 5000,
      count: 5,
      minFen: 100,
      disclosed: true,
    };
    const splits = new Set(
      Array.from({ length: 50 }, (_, i) => packetAmounts(packet, `pkt_${i}`).join(',')),
    );
    expect(splits.size).toBeGreaterThan(45);
  });

  test.each([
    {
      label: 'nothing to spare: every coupon is minFen',
      totalFen: 500,
      count: 5,
      amounts: [100, 100, 100, 100, 100],
    },
    { label: 'one coupon takes the total', totalFen: 777, count: 1, amounts: [777] },
  ])('$label', ({ totalFen, count, amounts }) => {
    expect(
      packetAmounts({ kind: 'random', totalFen, count, minFen: 100, disclosed: true }, 'pkt_a'),
    ).toEqual(amounts);
  });
});

describe('packetDisclosure', () => {
  test.each([
    {
      label: 'a list: its count, total and range',
      amounts: { kind: 'list', amountsFen: [1000, 500, 500, 300, 200] } as PacketAmounts,
      disclosure: { kind: 'list', count: 5, totalFen: 2500, minFen: 200, maxFen: 1000 },
    },
    {
      label: 'a list of one',
      amounts: { kind: 'list', amountsFen: [300] } as PacketAmounts,
      disclosure: { kind: 'list', count: 1, totalFen: 300, minFen: 300, maxFen: 300 },
    },
    {
      label: 'an even split with nothing odd: one amount',
      amounts: { kind: 'even', totalFen: 1000, count: 4 } as PacketAmounts,
      disclosure: { kind: 'even', count: 4, totalFen: 1000, minFen: 250, maxFen: 250 },
    },
    {
      label: 'an even split with odd fen: the base and one more',
      amounts: { kind: 'even', totalFen: 1001, count: 4 } as PacketAmounts,
      disclosure: { kind: 'even', count: 4, totalFen: 1001, minFen: 250, maxFen: 251 },
    },
    {
      label: 'a disclosed random split: minFen up to what is left after the others’ minimum',
      amounts: aRandomSplit(true),
      disclosure: { kind: 'random', count: 5, totalFen: 5000, minFen: 100, maxFen: 4600 },
    },
    {
      label: 'an undisclosed random split: count and total only',
      amounts: aRandomSplit(false),
      disclosure: { kind: 'random', count: 5, totalFen: 5000, minFen: null, maxFen: null },
    },
  ])('$label', ({ amounts, disclosure }) => {
    expect(packetDisclosure(amounts)).toEqual(disclosure);
  });

  test('for the template, an undisclosed random split still names its largest coupon', () => {
    const amounts: PacketAmounts = {
      kind: 'random',
      totalFen: 5000,
      count: 5,
      minFen: 100,
      disclosed: false,
    };
    expect(packetDisclosure(amounts, { forTemplate: true })).toMatchObject({
      minFen: 100,
      maxFen: 4600,
    });
  });

  test('every amount a packet hands out lies in the disclosed range, and they add up to its total', () => {
    const anyAmounts: fc.Arbitrary<PacketAmounts> = fc.oneof(
      fc
        .array(fc.integer({ min: 1, max: 100_000 }), { minLength: 1, maxLength: 20 })
        .map((amountsFen) => ({ kind: 'list' as const, amountsFen })),
      fc
        .tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 1_000_000 }))
        .map(([count, extra]) => ({ kind: 'even' as const, count, totalFen: count + extra })),
      randomPacket.map((p) => ({ ...p, disclosed: true })),
    );
    fc.assert(
      fc.property(anyAmounts, seed, (amounts, s) => {
        const handedOut = packetAmounts(amounts, s);
        const disclosure = packetDisclosure(amounts);
        expect(handedOut).toHaveLength(disclosure.count);
        expect(sum(handedOut)).toBe(disclosure.totalFen);
        for (const amount of handedOut) {
          expect(amount).toBeGreaterThanOrEqual(disclosure.minFen!);
          expect(amount).toBeLessThanOrEqual(disclosure.maxFen!);
        }
      }),
      RUNS,
    );
  });
});
