const MINUTE_MS = 60_000;

export type FraudRuleType = 'same-ip-burst' | 'helper-only' | 'arrival-burst';

/** What just happened: a new person attributed to a sharer, or an attributed friend helping. */
export interface FraudEvent {
  kind: 'attributed' | 'helped';
  sharerOpenid: string;
  inviteeOpenid: string;
  /** The caller's IP as the platform reports it; null when unknown (never "the same"). */
  clientIp: string | null;
  at: Date;
}

/**
 * What the rules look back at, read after the event was recorded ("flag, don't drop": the
 * event is always kept). Each field is one query.
 */
export interface FraudHistory {
  /**
   * The sharer's attributions of the last `fraudLookbackMinutes(config)` minutes. The event
   * itself may be in it or not: people are counted once each.
   */
  sharerAttributions: readonly { inviteeOpenid: string; clientIp: string | null; at: Date }[];
  /** The invitee's activity across the campaign, this event included. */
  inviteeActivity: {
    helps: number;
    /** Landing-page visits other than the ones a help came from. */
    otherVisits: number;
    starts: number;
    orders: number;
  };
}

export interface FraudConfig {
  'same-ip-burst': { minPeople: number; withinMinutes: number };
  'helper-only': { minHelps: number };
  'arrival-burst': { minArrivals: number; withinMinutes: number };
}

export const DEFAULT_FRAUD_CONFIG: FraudConfig = {
  'same-ip-burst': { minPeople: 3, withinMinutes: 60 },
  'helper-only': { minHelps: 3 },
  'arrival-burst': { minArrivals: 20, withinMinutes: 10 },
};

export interface FraudFlag {
  type: FraudRuleType;
  reason: string;
}

interface FraudRule<T extends FraudRuleType> {
  type: T;
  /** The events the rule looks at; it is not asked about others. */
  on: readonly FraudEvent['kind'][];
  /** A reason when the rule trips, null when it does not. */
  evaluate: (event: FraudEvent, history: FraudHistory, config: FraudConfig[T]) => string | null;
}

function defineFraudRule<T extends FraudRuleType>(rule: FraudRule<T>): FraudRule<T> {
  return rule;
}

/** A rule type without an entry here fails to compile. */
const FRAUD_RULES: { [T in FraudRuleType]: FraudRule<T> } = {
  'same-ip-burst': defineFraudRule({
    type: 'same-ip-burst',
    on: ['attributed'],
    evaluate: (event, history, { minPeople, withinMinutes }) => {
      if (event.clientIp === null) return null;
      const people = peopleWithin(event, history, withinMinutes, true);
      return people >= minPeople
        ? `${people} new people from one IP within ${withinMinutes} minutes`
        : null;
    },
  }),
  'helper-only': defineFraudRule({
    type: 'helper-only',
    on: ['helped'],
    evaluate: (_event, { inviteeActivity: a }, { minHelps }) => {
      const onlyHelps = a.otherVisits === 0 && a.starts === 0 && a.orders === 0;
      return onlyHelps && a.helps >= minHelps
        ? `${a.helps} helps and no other activity in the campaign`
        : null;
    },
  }),
  'arrival-burst': defineFraudRule({
    type: 'arrival-burst',
    on: ['attributed'],
    evaluate: (event, history, { minArrivals, withinMinutes }) => {
      const arrivals = peopleWithin(event, history, withinMinutes, false);
      return arrivals >= minArrivals
        ? `${arrivals} arrivals within ${withinMinutes} minutes`
        : null;
    },
  }),
};

/** Evaluation order, which is also the order of the flags. */
export const FRAUD_RULE_TYPES = Object.keys(FRAUD_RULES) as FraudRuleType[];

/**
 * The fraud flags an event raises. Rules only flag: the use case keeps the event and holds
 * its credits as pending until a merchant decides, so a false alarm never costs a real friend.
 */
export function evaluateFraud(
  event: FraudEvent,
  history: FraudHistory,
  config: FraudConfig = DEFAULT_FRAUD_CONFIG,
): FraudFlag[] {
  return FRAUD_RULE_TYPES.flatMap((type) => flagFor(type, event, history, config));
}

/** How far back `history.sharerAttributions` must reach for `config`. */
export function fraudLookbackMinutes(config: FraudConfig = DEFAULT_FRAUD_CONFIG): number {
  return Math.max(config['same-ip-burst'].withinMinutes, config['arrival-burst'].withinMinutes);
}

function flagFor<T extends FraudRuleType>(
  type: T,
  event: FraudEvent,
  history: FraudHistory,
  config: FraudConfig,
): FraudFlag[] {
  const rule: FraudRule<T> = FRAUD_RULES[type];
  if (!rule.on.includes(event.kind)) return [];
  const reason = rule.evaluate(event, history, config[type]);
  return reason === null ? [] : [{ type, reason }];
}

/**
 * Distinct people attributed to the event's sharer in the `withinMinutes` up to the event,
 * the event's own invitee included; an attribution exactly `withinMinutes` old is outside, like
 * every window here. With `sameIp`, only people who came from the event's IP.
 */
function peopleWithin(
  event: FraudEvent,
  history: FraudHistory,
  withinMinutes: number,
  sameIp: boolean,
): number {
  const since = event.at.getTime() - withinMinutes * MINUTE_MS;
  const people = new Set([event.inviteeOpenid]);
  for (const a of history.sharerAttributions) {
    const t = a.at.getTime();
    if (t > since && t <= event.at.getTime() && (!sameIp || a.clientIp === event.clientIp)) {
      people.add(a.inviteeOpenid);
    }
  }
  return people.size;
}
