import { withinAttributionWindow } from './attribution-window';

/** What the store knows about a share token, resolved from the launch query. */
export interface ResolvedShareToken {
  sharerOpenid: string;
  /** When the card was shared: the attribution window is measured from here. */
  createdAt: Date;
}

export interface AttributionFacts {
  visitorOpenid: string;
  /** The token the visit carried, or null when it carried none or an unknown one. */
  token: ResolvedShareToken | null;
  /** The campaign had seen this person before this visit. */
  visitorSeenBefore: boolean;
  /** The visitor's current attribution in this campaign. */
  existing: { sharerOpenid: string } | null;
  /** Who brought the sharer, for loop detection. */
  sharerAttributedTo: string | null;
  windowDays?: number;
  now: Date;
}

export type AttributionReason =
  | 'attributed'
  | 'no-token'
  | 'self-visit'
  | 'loop'
  | 'already-attributed'
  | 'returning-user'
  | 'token-expired';

type NotAttributedReason = Exclude<AttributionReason, 'attributed'>;

export interface AttributionDecision {
  /** First visit ever to the campaign: counts once as a new person in the funnel. */
  isNewUser: boolean;
  attribute: boolean;
  reason: AttributionReason;
}

const APPLIES: Record<NotAttributedReason, (facts: AttributionFacts) => boolean> = {
  'no-token': ({ token }) => token === null,
  'self-visit': ({ token, visitorOpenid }) => token?.sharerOpenid === visitorOpenid,
  loop: ({ sharerAttributedTo, visitorOpenid }) => sharerAttributedTo === visitorOpenid,
  'already-attributed': ({ existing }) => existing !== null,
  'returning-user': ({ visitorSeenBefore }) => visitorSeenBefore,
  'token-expired': ({ token, windowDays, now }) =>
    token !== null && !withinAttributionWindow(token.createdAt, now, windowDays),
};

/**
 * First match wins. Self-visit comes before everything that reads the visitor, because a
 * sharer opening their own card counts for nothing, not even as a visitor. A loop (A brought
 * B, B's card brings A back) is named before the plainer returning-user it also is, because
 * it is the pattern of one person farming with two accounts and stats want to see it.
 * Already-attributed comes before returning-user because the earlier attribution is the real
 * reason a later token cannot steal this person. Facts about the visitor come before the
 * token's age: a fresh token would not change their outcome, an expired one is only the
 * reason for a genuinely new person.
 */
export const ATTRIBUTION_PRECEDENCE: readonly NotAttributedReason[] = [
  'no-token',
  'self-visit',
  'loop',
  'already-attributed',
  'returning-user',
  'token-expired',
];

/**
 * Whether a visit makes the visitor a new person and credits them to the token's sharer.
 * Attribution follows the token, never the WeChat scene. A person can only be attributed on
 * their first visit, to the sharer whose token brought them then, inside the window measured
 * from the share; every later visit and every later token leaves that untouched.
 */
export function decideAttribution(facts: AttributionFacts): AttributionDecision {
  const reason = ATTRIBUTION_PRECEDENCE.find((r) => APPLIES[r](facts));
  if (reason === 'self-visit') return { isNewUser: false, attribute: false, reason };
  const isNewUser = !facts.visitorSeenBefore;
  if (reason !== undefined) return { isNewUser, attribute: false, reason };
  return { isNewUser, attribute: true, reason: 'attributed' };
}
