import { useState } from 'react';
import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { CirclePostView } from '../../../cloudfunctions/contracts/circle';
import type { ErrorBody } from '../../../cloudfunctions/contracts/errors';
import { PageStatus } from '../../components/PageStatus';
import { PersonaSwitcher } from '../../components/PersonaSwitcher';
import { useRemote } from '../../hooks/use-remote';
import { myCircle, postToCircle, removeCirclePost } from '../../services/circle';
import { errorMessage } from '../../services/error-message';
import { formatChinaTime } from '../../utils/china-time';
import { couponLine } from '../circle/post-words';
import { pageUrl } from '../../utils/routes';
import './index.scss';

const MIN_CHARS = 10;
const MAX_CHARS = 500;
const chars = (text: string) => Array.from(text.trim()).length;

const STATUS_TEXT: Record<CirclePostView['status'], string> = {
  shown: '展示中',
  deleted: '已删除',
  hidden: '已被商家隐藏',
};

/**
 * After a purchase: a recommendation in the buyer's own words (10–500 characters), a rating
 * and a photo if they like; the friend coupons come with it. Below, the buyer's own posts.
 */
export default function CirclePostPage() {
  const { params } = useRouter();
  const { state, reload, refresh } = useRemote('mine', myCircle);
  const [words, setWords] = useState('');
  const [rating, setRating] = useState<number | null>(null);
  const [photoUrl, setPhotoUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorBody | null>(null);
  const mine = state.status === 'ready' ? state.value : null;
  const order =
    mine?.postable.find((o) => o.orderId === params.orderId) ?? mine?.postable[0] ?? null;
  const count = chars(words);
  const tooShort = count < MIN_CHARS;
  const tooLong = count > MAX_CHARS;

  const submit = async () => {
    if (!order || busy || tooShort || tooLong) return;
    setBusy(true);
    setError(null);
    const result = await postToCircle({
      orderId: order.orderId,
      words: words.trim(),
      ...(rating ? { rating } : {}),
      ...(photoUrl.trim() ? { photoUrl: photoUrl.trim() } : {}),
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    void Taro.navigateTo({
      url: pageUrl('circle', { postId: result.data.post.id }),
    });
  };

  const remove = async (post: CirclePostView) => {
    const result = await removeCirclePost(post.id);
    if (result.ok) refresh();
    else setError(result.error);
  };

  return (
    <View className="compose-page">
      {state.status === 'loading' && <PageStatus kind="loading" />}
      {state.status === 'error' && (
        <PageStatus kind="error" message={errorMessage(state.error)} onRetry={reload} />
      )}
      {mine && !order && (
        <PageStatus kind="empty" message="买过之后就能在这里写推荐，附上给朋友的好友券" />
      )}
      {order && (
        <View className="compose-page__form" data-testid="compose-form">
          <Text className="compose-page__product" data-testid="compose-product">
            {order.productName}
          </Text>
          <Text className="compose-page__bought">已购 {formatChinaTime(order.orderedAt)}</Text>
          <Textarea
            className="compose-page__words"
            data-testid="compose-words"
            value={words}
            maxlength={MAX_CHARS + 50}
            placeholder="说说你自己的使用感受（10–500 字），朋友会看到"
            onInput={(e) => setWords(e.detail.value)}
          />
          <Text
            className={`compose-page__count${tooLong || (words && tooShort) ? ' is-bad' : ''}`}
            data-testid="compose-count"
          >
            {count} / {MAX_CHARS}
            {words && tooShort ? `，还差 ${MIN_CHARS - count} 个字` : ''}
          </Text>
          <View className="compose-page__rating" data-testid="compose-rating">
            {[1, 2, 3, 4, 5].map((n) => (
              <Text
                key={n}
                className={`compose-page__star${rating && n <= rating ? ' is-on' : ''}`}
                data-testid={`compose-star-${n}`}
                onClick={() => setRating(n)}
              >
                ★
              </Text>
            ))}
          </View>
          <Input
            className="compose-page__photo"
            data-testid="compose-photo"
            value={photoUrl}
            placeholder="照片链接（可选，https://…）"
            onInput={(e) => setPhotoUrl(e.detail.value)}
          />
          {error && (
            <Text className="compose-page__error" data-testid="compose-error">
              {errorMessage(error)}
            </Text>
          )}
          <Button
            className={`compose-page__submit${busy || tooShort || tooLong ? ' is-disabled' : ''}`}
            data-testid="compose-submit"
            {...(busy || tooShort || tooLong ? { disabled: true } : {})}
            onClick={() => void submit()}
          >
            {busy ? '发布中…' : '发布推荐'}
          </Button>
          <Text className="compose-page__note">
            发布后附好友专享券，朋友用券下单你会获得经验值（不是现金）
          </Text>
        </View>
      )}
      {mine && mine.posts.length > 0 && (
        <View className="compose-page__mine" data-testid="compose-mine">
          <Text className="compose-page__mine-title">我的推荐</Text>
          {mine.posts.map((post) => (
            <View key={post.id} className="compose-page__post" data-testid="my-post">
              <Text className="compose-page__post-product">{post.productName}</Text>
              <Text className="compose-page__post-status" data-testid="my-post-status">
                {STATUS_TEXT[post.status]}
                {post.hiddenReason ? `：${post.hiddenReason}` : ''}
              </Text>
              <Text className="compose-page__post-words">{post.words}</Text>
              <Text className="compose-page__post-coupon">{couponLine(post)}</Text>
              {post.posterStats && (
                <Text className="compose-page__post-stats" data-testid="my-post-stats">
                  朋友领了 {post.posterStats.claimed} 张，用了 {post.posterStats.used} 张，经验 +
                  {post.posterStats.xp}
                </Text>
              )}
              {post.status === 'shown' && (
                <Text
                  className="compose-page__delete"
                  data-testid="my-post-delete"
                  onClick={() => void remove(post)}
                >
                  删除（已领的券仍归朋友）
                </Text>
              )}
            </View>
          ))}
        </View>
      )}
      <PersonaSwitcher onChange={reload} />
    </View>
  );
}
