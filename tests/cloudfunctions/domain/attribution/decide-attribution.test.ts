import { decideAttribution } from '../../../../cloudfunctions/domain/attribution/decide-attribution';
import { aShareTokenFrom, attributionFacts } from '../../../support/builders/attribution';
import { at } from '../../../support/builders/clock';

const DAY_MS = 86_400_000;
const SHARED_AT = at('2025-03-01T10:00:00.000+08:00');
const token = { sharerOpenid: 'o-sharer', createdAt: SHARED_AT };

describe('decideAttribution window', () => {
  test.each([
    {
      label: 'a visit right after the share',
      now: '2025-03-01T10:00:00.001+08:00',
      windowDays: undefined,
      attribute: true,
    },
    {
      label: '1 ms before the default 7 days end',
      now: '2025-03-08T09:59:59.999+08:00',
      windowDays: undefined,
      attribute: true,
    },
    {
      label: 'exactly 7 days after the share',
      now: '2025-03-08T10:00:00.000+08:00',
      windowDays: undefined,
      attribute: false,
    },
    {
      label: '1 ms after 7 days',
      now: '2025-03-08T10:00:00.001+08:00',
      windowDays: undefined,
      attribute: false,
    },
    {
      label: '1 ms before a 1-day window ends',
      now: '2025-03-02T09:59:59.999+08:00',
      windowDays: 1,
      attribute: true,
    },
    {
      label: 'exactly at a 1-day window end',
      now: '2025-03-02T10:00:00.000+08:00',
      windowDays: 1,
      attribute: false,
    },
    {
      label: 'day 10 of a 14-day window',
      now: '2025-03-11T10:00:00.000+08:00',
      windowDays: 14,
      attribute: true,
    },
  ])('$label → attribute $attribute', ({ now, windowDays, attribute }) => {
    const decision = decideAttribution(attributionFacts({ token, windowDays, now: at(now) }));
    expect(decision).toEqual({
      isNewUser: true,
      attribute,
      reason: attribute ? 'attributed' : 'token-expired',
    });
  });
});

describe('decideAttribution outcomes', () => {
  test.each([
    {
      label: 'a new person through a fresh token is credited to its sharer',
      facts: {},
      expected: { isNewUser: true, attribute: true, reason: 'attributed' },
    },
    {
      label: 'a sharer who was brought by someone else can still bring people',
      facts: { sharerAttributedTo: 'o-grandparent' },
      expected: { isNewUser: true, attribute: true, reason: 'attributed' },
    },
    {
      label: 'a token stamped a little after the visit (clock skew) still attributes',
      facts: { token: aShareTokenFrom('o-sharer', -20) },
      expected: { isNewUser: true, attribute: true, reason: 'attributed' },
    },
    {
      label: 'a new person with no token is new, but nobody is credited',
      facts: { token: null },
      expected: { isNewUser: true, attribute: false, reason: 'no-token' },
    },
    {
      label: 'a returning person with no token',
      facts: { token: null, visitorSeenBefore: true },
      expected: { isNewUser: false, attribute: false, reason: 'no-token' },
    },
    {
      label: 'a sharer opening their own card counts for nothing, even if never seen',
      facts: { visitorOpenid: 'o-sharer' },
      expected: { isNewUser: false, attribute: false, reason: 'self-visit' },
    },
    {
      label: 'a sharer opening their own card again',
      facts: { visitorOpenid: 'o-sharer', visitorSeenBefore: true },
      expected: { isNewUser: false, attribute: false, reason: 'self-visit' },
    },
    {
      label: "a loop: the visitor brought this token's sharer",
      facts: { sharerAttributedTo: 'o-friend', visitorSeenBefore: true },
      expected: { isNewUser: false, attribute: false, reason: 'loop' },
    },
    {
      label: "a second sharer's token never steals the first sharer's friend",
      facts: {
        token: aShareTokenFrom('o-second', 60_000),
        visitorSeenBefore: true,
        existing: { sharerOpenid: 'o-first' },
      },
      expected: { isNewUser: false, attribute: false, reason: 'already-attributed' },
    },
    {
      label: "a revisit through the same sharer's token is not a second attribution",
      facts: { visitorSeenBefore: true, existing: { sharerOpenid: 'o-sharer' } },
      expected: { isNewUser: false, attribute: false, reason: 'already-attributed' },
    },
    {
      label: "a returning person who first came on their own is nobody's invitee",
      facts: { visitorSeenBefore: true },
      expected: { isNewUser: false, attribute: false, reason: 'returning-user' },
    },
    {
      label: 'a new person through an expired token is new but nobody is credited',
      facts: { token: aShareTokenFrom('o-sharer', 8 * DAY_MS) },
      expected: { isNewUser: true, attribute: false, reason: 'token-expired' },
    },
  ])('$label', ({ facts, expected }) => {
    expect(decideAttribution(attributionFacts(facts))).toEqual(expected);
  });
});

describe('decideAttribution precedence', () => {
  const expired = aShareTokenFrom('o-sharer', 8 * DAY_MS);

  test.each([
    {
      label: 'no token outranks an existing attribution',
      facts: { token: null, visitorSeenBefore: true, existing: { sharerOpenid: 'o-first' } },
      reason: 'no-token',
    },
    {
      label: 'self-visit outranks loop, existing attribution, returning and expiry',
      facts: {
        visitorOpenid: 'o-sharer',
        token: expired,
        sharerAttributedTo: 'o-sharer',
        existing: { sharerOpenid: 'o-first' },
        visitorSeenBefore: true,
      },
      reason: 'self-visit',
    },
    {
      label: 'loop outranks an existing attribution, returning and expiry',
      facts: {
        token: expired,
        sharerAttributedTo: 'o-friend',
        existing: { sharerOpenid: 'o-first' },
        visitorSeenBefore: true,
      },
      reason: 'loop',
    },
    {
      label: 'an existing attribution outranks returning and expiry',
      facts: { token: expired, existing: { sharerOpenid: 'o-first' }, visitorSeenBefore: true },
      reason: 'already-attributed',
    },
    {
      label: 'returning outranks an expired token',
      facts: { token: expired, visitorSeenBefore: true },
      reason: 'returning-user',
    },
  ])('$label', ({ facts, reason }) => {
    const decision = decideAttribution(attributionFacts(facts));
    expect(decision.attribute).toBe(false);
    expect(decision.reason).toBe(reason);
  });
});

describe('decideAttribution over a visitor timeline', () => {
  test('the first sharer keeps the friend through later visits and later tokens', () => {
    const first = decideAttribution(attributionFacts({ token: aShareTokenFrom('o-first') }));
    expect(first).toEqual({ isNewUser: true, attribute: true, reason: 'attributed' });
    const later = [aShareTokenFrom('o-second', 1_000), aShareTokenFrom('o-first', 1_000), null];
    for (const next of later) {
      const decision = decideAttribution(
        attributionFacts({
          token: next,
          visitorSeenBefore: true,
          existing: { sharerOpenid: 'o-first' },
        }),
      );
      expect(decision.isNewUser).toBe(false);
      expect(decision.attribute).toBe(false);
    }
  });
});
