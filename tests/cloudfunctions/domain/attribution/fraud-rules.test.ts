import {
  DEFAULT_FRAUD_CONFIG,
  FRAUD_RULE_TYPES,
  evaluateFraud,
  fraudLookbackMinutes,
  type FraudConfig,
} from '../../../../cloudfunctions/domain/attribution/fraud-rules';
import { NOW } from '../../../support/builders/clock';
import {
  aHelpedEvent,
  anAttributedEvent,
  attributionsAgo,
  fraudHistory,
  minutes,
} from '../../../support/builders/fraud';

const types = (flags: { type: string }[]) => flags.map((f) => f.type);

function config(overrides: Partial<FraudConfig> = {}): FraudConfig {
  return { ...DEFAULT_FRAUD_CONFIG, ...overrides };
}

describe('fraud rule registry', () => {
  test('has every rule, in evaluation order', () => {
    expect(FRAUD_RULE_TYPES).toEqual(['same-ip-burst', 'helper-only', 'arrival-burst']);
  });

  test('defaults: 3 people per IP per hour, 3 helps only, 20 arrivals in 10 minutes', () => {
    expect(DEFAULT_FRAUD_CONFIG).toEqual({
      'same-ip-burst': { minPeople: 3, withinMinutes: 60 },
      'helper-only': { minHelps: 3 },
      'arrival-burst': { minArrivals: 20, withinMinutes: 10 },
    });
  });

  test.each([
    { label: 'the defaults look back an hour', config: DEFAULT_FRAUD_CONFIG, lookback: 60 },
    {
      label: 'the longer of the two burst windows',
      config: config({ 'arrival-burst': { minArrivals: 20, withinMinutes: 90 } }),
      lookback: 90,
    },
  ])('lookback: $label', ({ config: c, lookback }) => {
    expect(fraudLookbackMinutes(c)).toBe(lookback);
  });
});

describe('same-ip-burst', () => {
  test.each([
    {
      label: 'a third new person from one IP within the hour',
      earlier: attributionsAgo([minutes(5), minutes(40)]),
      event: {},
      flagged: true,
    },
    {
      label: 'a second new person from one IP',
      earlier: attributionsAgo([minutes(5)]),
      event: {},
      flagged: false,
    },
    {
      label: 'one of them 1 ms inside the hour',
      earlier: attributionsAgo([minutes(5), minutes(60) - 1]),
      event: {},
      flagged: true,
    },
    {
      label: 'one of them exactly an hour before',
      earlier: attributionsAgo([minutes(5), minutes(60)]),
      event: {},
      flagged: false,
    },
    {
      label: 'people from other IPs',
      earlier: [
        ...attributionsAgo([minutes(5)], { clientIp: '10.0.0.2', tag: 'a' }),
        ...attributionsAgo([minutes(6)], { clientIp: '10.0.0.3', tag: 'b' }),
      ],
      event: {},
      flagged: false,
    },
    {
      label: 'an unknown IP is never the same as another unknown IP',
      earlier: attributionsAgo([minutes(5), minutes(6)], { clientIp: null }),
      event: { clientIp: null },
      flagged: false,
    },
    {
      label: 'the same person recorded twice counts once',
      earlier: [
        ...attributionsAgo([minutes(5)], { tag: 'dup' }),
        ...attributionsAgo([minutes(7)], { tag: 'dup' }),
      ],
      event: {},
      flagged: false,
    },
    {
      label: 'the event itself in the history does not count twice',
      earlier: [
        ...attributionsAgo([minutes(5)]),
        { inviteeOpenid: 'o-friend-new', clientIp: '10.0.0.1', at: NOW },
      ],
      event: {},
      flagged: false,
    },
    {
      label: 'attributions after the event are not its history',
      earlier: attributionsAgo([minutes(5), -1]),
      event: {},
      flagged: false,
    },
  ])('$label → flagged $flagged', ({ earlier, event, flagged }) => {
    const flags = evaluateFraud(
      anAttributedEvent(event),
      fraudHistory({ sharerAttributions: earlier }),
    );
    expect(types(flags).includes('same-ip-burst')).toBe(flagged);
  });

  test('a stricter merchant trips it at two people within ten minutes', () => {
    const strict = config({ 'same-ip-burst': { minPeople: 2, withinMinutes: 10 } });
    const history = (ago: number) => fraudHistory({ sharerAttributions: attributionsAgo([ago]) });
    expect(evaluateFraud(anAttributedEvent(), history(minutes(9)), strict)).toEqual([
      { type: 'same-ip-burst', reason: '2 new people from one IP within 10 minutes' },
    ]);
    expect(evaluateFraud(anAttributedEvent(), history(minutes(10)), strict)).toEqual([]);
  });

  test('is not asked about helps', () => {
    const history = fraudHistory({ sharerAttributions: attributionsAgo([1, 2, 3, 4]) });
    expect(types(evaluateFraud(aHelpedEvent(), history))).not.toContain('same-ip-burst');
  });
});

describe('helper-only', () => {
  test.each([
    { label: 'a third help and nothing else', activity: { helps: 3 }, flagged: true },
    { label: 'a tenth help and nothing else', activity: { helps: 10 }, flagged: true },
    { label: 'a second help and nothing else', activity: { helps: 2 }, flagged: false },
    {
      label: 'three helps and a look around',
      activity: { helps: 3, otherVisits: 1 },
      flagged: false,
    },
    {
      label: 'three helps and a start of their own',
      activity: { helps: 3, starts: 1 },
      flagged: false,
    },
    { label: 'three helps and an order', activity: { helps: 3, orders: 1 }, flagged: false },
  ])('$label → flagged $flagged', ({ activity, flagged }) => {
    const flags = evaluateFraud(aHelpedEvent(), fraudHistory({ inviteeActivity: activity }));
    expect(flags).toEqual(
      flagged
        ? [
            {
              type: 'helper-only',
              reason: `${activity.helps} helps and no other activity in the campaign`,
            },
          ]
        : [],
    );
  });

  test('a merchant can set the number of helps', () => {
    const lenient = config({ 'helper-only': { minHelps: 5 } });
    const history = (helps: number) => fraudHistory({ inviteeActivity: { helps } });
    expect(types(evaluateFraud(aHelpedEvent(), history(4), lenient))).toEqual([]);
    expect(types(evaluateFraud(aHelpedEvent(), history(5), lenient))).toEqual(['helper-only']);
  });

  test('is not asked about attributions', () => {
    const history = fraudHistory({ inviteeActivity: { helps: 9 } });
    expect(evaluateFraud(anAttributedEvent(), history)).toEqual([]);
  });
});

describe('arrival-burst', () => {
  /** `n` different people, each from their own IP, all `ago` before the event. */
  const crowd = (n: number, ago = minutes(9), tag = 'crowd') =>
    attributionsAgo(Array<number>(n).fill(ago), { tag }).map((a, i) => ({
      ...a,
      clientIp: `10.1.${tag.length}.${i}`,
    }));

  test.each([
    { label: 'a 20th arrival within 10 minutes, from 20 IPs', earlier: crowd(19), flagged: true },
    { label: 'a 19th arrival within 10 minutes', earlier: crowd(18), flagged: false },
    {
      label: 'the oldest 1 ms inside the 10 minutes',
      earlier: [...crowd(18), ...crowd(1, minutes(10) - 1, 'edge')],
      flagged: true,
    },
    {
      label: 'the oldest exactly 10 minutes before',
      earlier: [...crowd(18), ...crowd(1, minutes(10), 'edge')],
      flagged: false,
    },
    { label: '19 arrivals spread over the hour', earlier: crowd(19, minutes(30)), flagged: false },
  ])('$label → flagged $flagged', ({ earlier, flagged }) => {
    const flags = evaluateFraud(anAttributedEvent(), fraudHistory({ sharerAttributions: earlier }));
    expect(types(flags).includes('arrival-burst')).toBe(flagged);
    expect(types(flags)).not.toContain('same-ip-burst');
  });

  test('names the count and the window', () => {
    const flags = evaluateFraud(
      anAttributedEvent(),
      fraudHistory({ sharerAttributions: crowd(24) }),
    );
    expect(flags).toEqual([{ type: 'arrival-burst', reason: '25 arrivals within 10 minutes' }]);
  });
});

describe('evaluateFraud', () => {
  test('a quiet attribution raises nothing', () => {
    expect(evaluateFraud(anAttributedEvent(), fraudHistory())).toEqual([]);
  });

  test('a quiet help raises nothing', () => {
    expect(evaluateFraud(aHelpedEvent(), fraudHistory())).toEqual([]);
  });

  test('raises every rule that trips, in registry order', () => {
    const burst = attributionsAgo(Array.from({ length: 19 }, (_, i) => minutes(1) + i));
    const flags = evaluateFraud(anAttributedEvent(), fraudHistory({ sharerAttributions: burst }));
    expect(flags).toEqual([
      { type: 'same-ip-burst', reason: '20 new people from one IP within 60 minutes' },
      { type: 'arrival-burst', reason: '20 arrivals within 10 minutes' },
    ]);
  });
});
