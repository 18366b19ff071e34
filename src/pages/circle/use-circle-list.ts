import { useState } from 'react';
import type { CirclePage, CirclePostView } from '../../../cloudfunctions/contracts/circle';
import type { ErrorBody } from '../../../cloudfunctions/contracts/errors';
import { useRemote } from '../../hooks/use-remote';
import { circleFeed, searchCircle } from '../../services/circle';

/**
 * The circle's list: the feed, or the results of `query`; the first page loads with the key,
 * 「加载更多」 appends the next by the server's cursor. A claim's answer replaces its post.
 */
export function useCircleList(query: string | null, persona: number) {
  const load = (cursor?: string) => (query ? searchCircle(query, cursor) : circleFeed(cursor));
  const first = useRemote(`${persona}:${query ?? ''}`, () => load());
  const [more, setMore] = useState<{
    key: string;
    posts: CirclePostView[];
    cursor: string | null;
  }>();
  const [moreError, setMoreError] = useState<ErrorBody | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const key = `${persona}:${query ?? ''}`;
  const page: CirclePage | null = first.state.status === 'ready' ? first.state.value : null;
  const extra = more?.key === key ? more : null;
  const posts = page ? [...page.posts, ...(extra?.posts ?? [])] : [];
  const cursor = extra ? extra.cursor : (page?.nextCursor ?? null);

  const loadMore = async () => {
    if (!cursor || loadingMore) return;
    setLoadingMore(true);
    setMoreError(null);
    const result = await load(cursor);
    setLoadingMore(false);
    if (!result.ok) return setMoreError(result.error);
    setMore({
      key,
      posts: [...(extra?.posts ?? []), ...result.data.posts],
      cursor: result.data.nextCursor,
    });
  };

  const replace = (post: CirclePostView) => {
    if (page) first.set({ ...page, posts: page.posts.map((p) => (p.id === post.id ? post : p)) });
    if (extra) setMore({ ...extra, posts: extra.posts.map((p) => (p.id === post.id ? post : p)) });
  };

  return {
    state: first.state,
    reload: first.reload,
    posts,
    cursor,
    loadMore,
    loadingMore,
    moreError,
    replace,
  };
}
