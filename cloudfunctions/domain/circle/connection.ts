import type { ConnectionKind } from '../../contracts/circle';

export type { ConnectionKind };

/** The connection in the shopper's words, on the post. */
export const CONNECTION_WORDS: Record<ConnectionKind, string> = {
  brought_me: 'TA 邀请你来的',
  i_brought: '你邀请了 TA',
  helped_me: 'TA 帮你砍过价',
  i_helped: '你帮 TA 砍过价',
  assisted_me: 'TA 为你助力过',
  i_assisted: '你为 TA 助力过',
  group_mate: '你们一起拼过团',
};

/** Where a post stands in the circle: people the viewer knows first, then the merchant's picks. */
export type CircleTier = 0 | 1 | 2;

export function tierOf(post: { connection: ConnectionKind | null; featured: boolean }): CircleTier {
  if (post.connection !== null) return 0;
  return post.featured ? 1 : 2;
}
