/** What a one-time subscription is for: one bargain, assist, group, or F码 campaign. */
export const SUBSCRIPTION_KINDS = ['bargain', 'assist', 'group', 'fcode'] as const;
export type SubscriptionKind = (typeof SUBSCRIPTION_KINDS)[number];

/** The key an event and a subscription share, e.g. `bargain:b_12ab`. */
export function subscriptionTarget(kind: SubscriptionKind, id: string): string {
  return `${kind}:${id}`;
}
