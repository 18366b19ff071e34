import {
  DEFAULT_STAGE_XP,
  creditFor,
  creditStatusAt,
  type CreditFacts,
} from '../../../../cloudfunctions/domain/attribution/conversion-credit';
import { NOW, at, msAfter } from '../../../support/builders/clock';

const DAY_MS = 86_400_000;
const ATTRIBUTED_AT = at('2025-02-27T10:00:00.000+08:00');
const WINDOW_END = at('2025-03-06T10:00:00.000+08:00');

function creditFacts(overrides: Partial<CreditFacts> = {}): CreditFacts {
  return { stage: 'helped', attributedAt: ATTRIBUTED_AT, now: NOW, flagged: false, ...overrides };
}

describe('DEFAULT_STAGE_XP', () => {
  test('rewards only what a friend did, rising with commitment; sharing earns nothing', () => {
    expect(DEFAULT_STAGE_XP).toEqual({
      arrived: 1,
      helped: 2,
      started: 5,
      ordered: 10,
      coupon_used: 10,
    });
  });
});

describe('creditFor', () => {
  test.each([
    {
      label: 'an arrival counts at once',
      facts: { stage: 'arrived' as const },
      expected: { credit: true, xp: 1, status: 'counted', holdUntil: null },
    },
    {
      label: 'a help counts at once',
      facts: { stage: 'helped' as const },
      expected: { credit: true, xp: 2, status: 'counted', holdUntil: null },
    },
    {
      label: 'a start counts at once',
      facts: { stage: 'started' as const },
      expected: { credit: true, xp: 5, status: 'counted', holdUntil: null },
    },
    {
      label: 'an order waits out the default 7-day refund window',
      facts: { stage: 'ordered' as const },
      expected: { credit: true, xp: 10, status: 'pending', holdUntil: msAfter(NOW, 7 * DAY_MS) },
    },
    {
      label: 'an order waits out a 3-day refund window',
      facts: { stage: 'ordered' as const, orderHoldDays: 3 },
      expected: { credit: true, xp: 10, status: 'pending', holdUntil: msAfter(NOW, 3 * DAY_MS) },
    },
    {
      label: 'a flagged help waits for the merchant',
      facts: { flagged: true },
      expected: { credit: true, xp: 2, status: 'pending', holdUntil: null },
    },
    {
      label: 'a flagged order waits for the merchant and its refund window',
      facts: { stage: 'ordered' as const, flagged: true },
      expected: { credit: true, xp: 10, status: 'pending', holdUntil: msAfter(NOW, 7 * DAY_MS) },
    },
    {
      label: "the campaign's own experience table",
      facts: {
        stage: 'started' as const,
        stageXp: { arrived: 0, helped: 1, started: 3, ordered: 6, coupon_used: 4 },
      },
      expected: { credit: true, xp: 3, status: 'counted', holdUntil: null },
    },
    {
      label: '1 ms before the window ends',
      facts: { now: msAfter(WINDOW_END, -1) },
      expected: { credit: true, xp: 2, status: 'counted', holdUntil: null },
    },
    {
      label: 'exactly at the window end',
      facts: { now: WINDOW_END },
      expected: { credit: false, reason: 'outside-window' },
    },
    {
      label: '1 ms after the window end',
      facts: { stage: 'ordered' as const, now: msAfter(WINDOW_END, 1) },
      expected: { credit: false, reason: 'outside-window' },
    },
    {
      label: 'a 1-day window, 2 days on',
      facts: { windowDays: 1 },
      expected: { credit: false, reason: 'outside-window' },
    },
    {
      label: 'a 30-day window, 2 days on',
      facts: { windowDays: 30, stage: 'arrived' as const },
      expected: { credit: true, xp: 1, status: 'counted', holdUntil: null },
    },
  ])('$label', ({ facts, expected }) => {
    expect(creditFor(creditFacts(facts))).toEqual(expected);
  });
});

describe('creditStatusAt', () => {
  const holdUntil = at('2025-03-08T10:00:00.000+08:00');

  test.each([
    {
      label: 'counted stays counted',
      credit: { status: 'counted' as const, flagged: false, holdUntil: null },
      now: NOW,
      expected: 'counted',
    },
    {
      label: 'a held order 1 ms before its hold ends',
      credit: { status: 'pending' as const, flagged: false, holdUntil },
      now: msAfter(holdUntil, -1),
      expected: 'pending',
    },
    {
      label: 'a held order exactly when its hold ends',
      credit: { status: 'pending' as const, flagged: false, holdUntil },
      now: holdUntil,
      expected: 'counted',
    },
    {
      label: 'a held order after its hold',
      credit: { status: 'pending' as const, flagged: false, holdUntil },
      now: msAfter(holdUntil, 1),
      expected: 'counted',
    },
    {
      label: 'a flagged order after its hold still waits for the merchant',
      credit: { status: 'pending' as const, flagged: true, holdUntil },
      now: msAfter(holdUntil, DAY_MS),
      expected: 'pending',
    },
    {
      label: 'a flagged help waits for the merchant',
      credit: { status: 'pending' as const, flagged: true, holdUntil: null },
      now: NOW,
      expected: 'pending',
    },
    {
      label: 'an approved help counts',
      credit: { status: 'pending' as const, flagged: false, holdUntil: null },
      now: NOW,
      expected: 'counted',
    },
    {
      label: 'an approved order still waits out its hold',
      credit: { status: 'pending' as const, flagged: false, holdUntil },
      now: NOW,
      expected: 'pending',
    },
    {
      label: 'a rejected credit stays rejected after its hold',
      credit: { status: 'rejected' as const, flagged: false, holdUntil },
      now: msAfter(holdUntil, 1),
      expected: 'rejected',
    },
    {
      label: 'a rejected flagged credit stays rejected',
      credit: { status: 'rejected' as const, flagged: true, holdUntil: null },
      now: NOW,
      expected: 'rejected',
    },
  ])('$label → $expected', ({ credit, now, expected }) => {
    expect(creditStatusAt(credit, now)).toBe(expected);
  });

  test('an order credited now counts exactly when its refund window has passed', () => {
    const decision = creditFor(creditFacts({ stage: 'ordered' }));
    if (!decision.credit) throw new Error('expected a credit');
    const stored = { status: decision.status, flagged: false, holdUntil: decision.holdUntil };
    expect(creditStatusAt(stored, msAfter(NOW, 7 * DAY_MS - 1))).toBe('pending');
    expect(creditStatusAt(stored, msAfter(NOW, 7 * DAY_MS))).toBe('counted');
  });
});
