import type {
  FraudEvent,
  FraudHistory,
} from '../../../cloudfunctions/domain/attribution/fraud-rules';
import { NOW, msAfter } from './clock';

const MINUTE_MS = 60_000;

/** 'o-friend-new' attributed to 'o-sharer' at NOW from 10.0.0.1. */
export function anAttributedEvent(overrides: Partial<FraudEvent> = {}): FraudEvent {
  return {
    kind: 'attributed',
    sharerOpenid: 'o-sharer',
    inviteeOpenid: 'o-friend-new',
    clientIp: '10.0.0.1',
    at: NOW,
    ...overrides,
  };
}

export function aHelpedEvent(overrides: Partial<FraudEvent> = {}): FraudEvent {
  return anAttributedEvent({ kind: 'helped', ...overrides });
}

type HistoryBuild = Partial<Omit<FraudHistory, 'inviteeActivity'>> & {
  inviteeActivity?: Partial<FraudHistory['inviteeActivity']>;
};

/** A quiet history: no earlier attributions, an invitee who helped once and did nothing else. */
export function fraudHistory(overrides: HistoryBuild = {}): FraudHistory {
  return {
    sharerAttributions: overrides.sharerAttributions ?? [],
    inviteeActivity: {
      helps: 1,
      otherVisits: 0,
      starts: 0,
      orders: 0,
      ...overrides.inviteeActivity,
    },
  };
}

/**
 * Earlier attributions of distinct people, one per entry of `msAgo` (how long before NOW).
 * Openids are `o-<tag>-<i>`, so two calls with different tags never share a person.
 */
export function attributionsAgo(
  msAgo: readonly number[],
  { clientIp = '10.0.0.1', tag = 'earlier' }: { clientIp?: string | null; tag?: string } = {},
): FraudHistory['sharerAttributions'] {
  return msAgo.map((ms, i) => ({
    inviteeOpenid: `o-${tag}-${i}`,
    clientIp,
    at: msAfter(NOW, -ms),
  }));
}

export const minutes = (n: number) => n * MINUTE_MS;
