import { Button, Image, Text, View } from '@tarojs/components';
import type { CirclePostView } from '../../../../../cloudfunctions/contracts/circle';
import type { CouponView } from '../../../../../cloudfunctions/contracts/coupon';
import type { ErrorCode } from '../../../../../cloudfunctions/contracts/errors';
import { Avatar } from '../../../../components/Avatar';
import { errorMessage } from '../../../../services/error-message';
import { boughtLine, couponLine, stars } from '../../post-words';
import './index.scss';

export interface PostCardProps {
  post: CirclePostView;
  /** The coupon the viewer just claimed from this post (from the claim's answer). */
  claimed: CouponView | null;
  claimError: ErrorCode | null;
  busy: boolean;
  onClaim: () => void;
  onAsk: () => void;
}

const say = (code: ErrorCode) => errorMessage({ code, message: '' });

/** One friend's recommendation: who, what they bought and said, and the coupon for you. */
export function PostCard({ post, claimed, claimError, busy, onClaim, onAsk }: PostCardProps) {
  const coupon = claimed ?? post.viewer.coupon;
  const refusal = post.viewer.canClaim ? null : post.viewer.claimRefusal;
  return (
    <View className="post-card" data-testid="post-card" data-post-id={post.id}>
      <View className="post-card__head">
        <Avatar name={post.posterName} avatarUrl={null} isMe={post.viewer.isPoster} />
        <View className="post-card__who">
          <Text className="post-card__name">{post.posterName}</Text>
          {post.connection && (
            <Text className="post-card__tie" data-testid="post-connection">
              {post.connection.words}
            </Text>
          )}
          {!post.connection && post.featured && (
            <Text className="post-card__tie post-card__tie--featured">商家精选</Text>
          )}
        </View>
        <Text className="post-card__bought">{boughtLine(post)}</Text>
      </View>
      <Text className="post-card__product" data-testid="post-product">
        {post.productName}
      </Text>
      {post.rating !== null && <Text className="post-card__rating">{stars(post.rating)}</Text>}
      <Text className="post-card__words" data-testid="post-words">
        {post.words}
      </Text>
      {post.photoUrl && (
        <Image className="post-card__photo" src={post.photoUrl} mode="aspectFill" />
      )}
      <View className="post-card__coupon" data-testid="post-coupon">
        <Text className="post-card__coupon-line">{couponLine(post)}</Text>
        {coupon ? (
          <Text className="post-card__claimed" data-testid="post-claimed">
            {claimed ? '领取成功，' : '你已领过，'}来自 TA 的推荐，在卡包里
          </Text>
        ) : post.viewer.isPoster ? (
          <Text className="post-card__mine">这是你的推荐，券留给朋友</Text>
        ) : (
          <Button
            className={`post-card__claim${refusal || busy ? ' is-disabled' : ''}`}
            data-testid="post-claim"
            {...(refusal || busy ? { disabled: true } : {})}
            onClick={() => {
              if (!refusal && !busy) onClaim();
            }}
          >
            {refusal ? say(refusal) : busy ? '领取中…' : '领取好友券'}
          </Button>
        )}
        {claimError && claimError !== refusal && (
          <Text className="post-card__error" data-testid="post-claim-error">
            {say(claimError)}
          </Text>
        )}
      </View>
      {!post.viewer.isPoster && (
        <Text className="post-card__ask" data-testid="post-ask" onClick={onAsk}>
          问问 TA ›
        </Text>
      )}
      {post.posterStats && (
        <Text className="post-card__stats" data-testid="post-stats">
          朋友领了 {post.posterStats.claimed} 张，用了 {post.posterStats.used} 张，经验 +
          {post.posterStats.xp}
        </Text>
      )}
    </View>
  );
}
