import { useState } from 'react';
import { Button, Input, Text, View } from '@tarojs/components';
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro';
import type { CirclePostView } from '../../../cloudfunctions/contracts/circle';
import type { CouponView } from '../../../cloudfunctions/contracts/coupon';
import type { ErrorCode } from '../../../cloudfunctions/contracts/errors';
import { PageStatus } from '../../components/PageStatus';
import { PersonaSwitcher } from '../../components/PersonaSwitcher';
import { useRemote } from '../../hooks/use-remote';
import { claimCircleCoupon, getCirclePost } from '../../services/circle';
import { errorMessage } from '../../services/error-message';
import { AskCard } from './components/AskCard';
import { PostCard } from './components/PostCard';
import { askCard } from './post-words';
import { useCircleList } from './use-circle-list';
import { pageUrl } from '../../utils/routes';
import './index.scss';

type Claim = { busy: boolean; coupon: CouponView | null; error: ErrorCode | null };
const NO_CLAIM: Claim = { busy: false, coupon: null, error: null };

/**
 * 购物圈: friends' real purchases with a coupon for you. The circle lists the people Fission
 * connected you to first, then the merchant's picks; the search box looks through every post.
 * Opened from a 「问问 TA」 card (`postId`, `ask`), that post comes first.
 */
export default function CirclePage() {
  const { params } = useRouter();
  const [persona, setPersona] = useState(0);
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState<string | null>(null);
  const [claims, setClaims] = useState<Record<string, Claim>>({});
  const [asking, setAsking] = useState<CirclePostView | null>(null);
  const list = useCircleList(query, persona);
  const focus = useRemote<{ post: CirclePostView | null }>(
    `${persona}:${params.postId ?? ''}`,
    () =>
      params.postId
        ? getCirclePost(params.postId)
        : Promise.resolve({ ok: true as const, data: { post: null } }),
  );
  const [focusOverride, setFocusOverride] = useState<CirclePostView | null>(null);
  const focused =
    focusOverride ??
    (focus.state.status === 'ready' ? (focus.state.value.post as CirclePostView | null) : null);

  useShareAppMessage(() =>
    asking ? askCard(asking) : { title: '朋友买过的好东西，都在购物圈', path: pageUrl('circle') },
  );

  const claim = async (post: CirclePostView) => {
    if (claims[post.id]?.busy) return;
    setClaims((c) => ({ ...c, [post.id]: { ...NO_CLAIM, busy: true } }));
    const result = await claimCircleCoupon(post.id);
    if (result.ok) {
      setClaims((c) => ({
        ...c,
        [post.id]: { busy: false, coupon: result.data.coupon, error: null },
      }));
      list.replace(result.data.post);
      if (focused?.id === post.id) setFocusOverride(result.data.post);
    } else {
      setClaims((c) => ({
        ...c,
        [post.id]: { busy: false, coupon: null, error: result.error.code },
      }));
    }
  };

  const card = (post: CirclePostView) => {
    const c = claims[post.id] ?? NO_CLAIM;
    return (
      <PostCard
        key={post.id}
        post={post}
        claimed={c.coupon}
        claimError={c.error}
        busy={c.busy}
        onClaim={() => void claim(post)}
        onAsk={() => setAsking(post)}
      />
    );
  };

  const search = () => setQuery(typed.trim() ? typed.trim() : null);
  const listed = list.posts.filter((p) => p.id !== focused?.id);

  return (
    <View className="circle-page">
      <View className="circle-page__search">
        <Input
          className="circle-page__input"
          data-testid="circle-search-input"
          value={typed}
          placeholder="搜搜朋友买过什么，比如「保温杯」"
          confirmType="search"
          onInput={(e) => setTyped(e.detail.value)}
          onConfirm={search}
        />
        <Button className="circle-page__search-button" data-testid="circle-search" onClick={search}>
          搜索
        </Button>
      </View>
      {focused && (
        <View className="circle-page__focus" data-testid="circle-focus">
          <Text className="circle-page__banner" data-testid="ask-banner">
            {!focused.viewer.isPoster
              ? '朋友分享给你的推荐'
              : params.ask
                ? '朋友看到了你的推荐，想问问：好用吗？回 TA 一句吧'
                : '你的推荐已发布，朋友们在购物圈就能看到'}
          </Text>
          {card(focused)}
        </View>
      )}
      {asking && <AskCard post={asking} onClose={() => setAsking(null)} />}
      <View className="circle-page__heading">
        <Text data-testid="circle-heading">{query ? `「${query}」的推荐` : '朋友们的推荐'}</Text>
        <Text
          className="circle-page__compose"
          data-testid="circle-compose"
          onClick={() => void Taro.navigateTo({ url: pageUrl('circle-post') })}
        >
          我也来推荐 ›
        </Text>
      </View>
      {list.state.status === 'loading' && <PageStatus kind="loading" />}
      {list.state.status === 'error' && (
        <PageStatus kind="error" message={errorMessage(list.state.error)} onRetry={list.reload} />
      )}
      {list.state.status === 'ready' && listed.length === 0 && (
        <PageStatus
          kind="empty"
          message={query ? `还没有朋友推荐过「${query}」` : '你的朋友还没有发推荐，先去看看活动吧'}
        />
      )}
      <View data-testid="circle-list">{listed.map(card)}</View>
      {list.cursor && (
        <Button
          className="circle-page__more"
          data-testid="circle-more"
          onClick={() => void list.loadMore()}
        >
          {list.loadingMore ? '加载中…' : '加载更多'}
        </Button>
      )}
      {list.moreError && <Text className="circle-page__error">{errorMessage(list.moreError)}</Text>}
      <PersonaSwitcher
        onChange={() => {
          setClaims({});
          setAsking(null);
          setFocusOverride(null);
          setPersona((n) => n + 1);
        }}
      />
    </View>
  );
}
