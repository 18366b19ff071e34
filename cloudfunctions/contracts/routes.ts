/**
 * Every page of the mini-program and what its URL carries: the one place a page's path and
 * query are written. The client navigates with `pageUrl` (`/pages/…`, as Taro.navigateTo and a
 * share card's `path` want it); subscribe messages and mini-program codes carry `pagePath` (no
 * leading slash, as WeChat wants it there). `src/app.config.ts` lists the same pages (a test
 * holds them together).
 */
export interface PageQueries {
  landing: { campaignId?: string; token?: string | null };
  bargain: { bargainId: string; token?: string | null };
  assist: { assistId: string; token?: string | null };
  group: { groupId: string; token?: string | null };
  packet: { packetId: string; token?: string | null };
  /** Opened for a campaign, or with one code (and its holder's share token). */
  fcode: { campaignId?: string; code?: string; token?: string | null };
  /** One post (`ask`: the friend is asked 「你也买过？」), or the whole circle. */
  circle: { postId?: string; ask?: '1' };
  'circle-post': { orderId?: string };
  invites: { campaignId?: string };
  coupons: NoQuery;
  stats: { campaignId?: string };
}

type NoQuery = Record<never, never>;

export type PageName = keyof PageQueries;

/** The pages in the order the app registers them (the first is the one it opens on). */
export const PAGE_NAMES = [
  'landing',
  'bargain',
  'assist',
  'group',
  'packet',
  'fcode',
  'circle',
  'circle-post',
  'invites',
  'coupons',
  'stats',
] as const satisfies readonly PageName[];

/** A page whose query has no required field may be opened without one. */
type QueryArg<P extends PageName> =
  RequiredKeys<PageQueries[P]> extends never ? [query?: PageQueries[P]] : [query: PageQueries[P]];
type RequiredKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? never : K }[keyof T];

/** `pages/bargain/index?bargainId=brg_…&token=…`; empty and missing values are left out. */
export function pagePath<P extends PageName>(page: P, ...[query]: QueryArg<P>): string {
  const pairs = Object.entries((query ?? {}) as Record<string, string | null | undefined>)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`);
  return `pages/${page}/index${pairs.length ? `?${pairs.join('&')}` : ''}`;
}

/** `/pages/bargain/index?bargainId=brg_…`: for navigation and a share card's path. */
export function pageUrl<P extends PageName>(page: P, ...query: QueryArg<P>): string {
  return `/${pagePath(page, ...query)}`;
}

/** What a share token can be for, each with its own page and id parameter. */
export type SubjectPage = 'bargain' | 'assist' | 'group' | 'packet';

/** The page of one shared subject, with the sharer's token riding along for the credit. */
export function subjectUrl(kind: SubjectPage, id: string, token?: string | null): string {
  switch (kind) {
    case 'bargain':
      return pageUrl('bargain', { bargainId: id, token });
    case 'assist':
      return pageUrl('assist', { assistId: id, token });
    case 'group':
      return pageUrl('group', { groupId: id, token });
    case 'packet':
      return pageUrl('packet', { packetId: id, token });
  }
}
