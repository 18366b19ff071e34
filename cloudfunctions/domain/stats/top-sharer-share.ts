import { ratio } from './ratio';

export interface SharerConversions {
  openid: string;
  conversions: number;
}

export interface TopSharerShare {
  top: SharerConversions[];
  /** Conversions the top sharers drove. */
  conversions: number;
  /** Their share of all conversions, in [0, 1]; 0 when there were none. */
  share: number;
}

/**
 * How concentrated a campaign's growth is: the `topN` sharers by conversions (ties by openid,
 * so the list is stable) and the share of all conversions they drove. A high share means the
 * campaign rides on a few people, which is worth a merchant's look.
 */
export function topSharerShare(
  sharers: readonly SharerConversions[],
  totalConversions: number,
  topN: number,
): TopSharerShare {
  const top = [...sharers]
    .sort(
      (a, b) =>
        b.conversions - a.conversions || (a.openid < b.openid ? -1 : a.openid > b.openid ? 1 : 0),
    )
    .slice(0, topN);
  const conversions = top.reduce((sum, s) => sum + s.conversions, 0);
  return { top, conversions, share: ratio(conversions, totalConversions) };
}
