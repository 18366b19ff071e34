import type { AttributionFacts } from '../../../cloudfunctions/domain/attribution/decide-attribution';
import { NOW, msAfter } from './clock';

const DAY_MS = 86_400_000;

/** A first visit by a stranger through a card 'o-sharer' shared a day ago: it attributes. */
export function attributionFacts(overrides: Partial<AttributionFacts> = {}): AttributionFacts {
  return {
    visitorOpenid: 'o-friend',
    token: { sharerOpenid: 'o-sharer', createdAt: msAfter(NOW, -DAY_MS) },
    visitorSeenBefore: false,
    existing: null,
    sharerAttributedTo: null,
    now: NOW,
    ...overrides,
  };
}

/** A token from `sharerOpenid` shared `msAgo` before NOW. */
export function aShareTokenFrom(sharerOpenid: string, msAgo = DAY_MS) {
  return { sharerOpenid, createdAt: msAfter(NOW, -msAgo) };
}

/** An invite progress's counted credits by stage: zero for every stage but those given. */
export function countedCredits(
  counts: Partial<Record<'arrived' | 'helped' | 'started' | 'ordered' | 'coupon_used', number>>,
) {
  return { arrived: 0, helped: 0, started: 0, ordered: 0, coupon_used: 0, ...counts };
}
