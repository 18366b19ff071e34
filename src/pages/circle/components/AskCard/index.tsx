import { Text, View } from '@tarojs/components';
import type { CirclePostView } from '../../../../../cloudfunctions/contracts/circle';
import { ShareButton } from '../../../../components/ShareButton';
import { askCard } from '../../post-words';
import './index.scss';

export interface AskCardProps {
  post: CirclePostView;
  onClose: () => void;
}

/**
 * 「问问 TA」: WeChat lets no one message another user from a mini-program, so the question
 * goes as a share card addressed back to the poster, landing on their post.
 */
export function AskCard({ post, onClose }: AskCardProps) {
  const card = askCard(post);
  return (
    <View className="ask-card" data-testid="ask-card">
      <Text className="ask-card__hint">发给 {post.posterName}，TA 打开就能看到这条推荐</Text>
      <View className="ask-card__preview">
        <Text className="ask-card__title" data-testid="ask-title">
          {card.title}
        </Text>
      </View>
      <ShareButton path={card.path} label="发给 TA" />
      <Text className="ask-card__close" data-testid="ask-close" onClick={onClose}>
        不问了
      </Text>
    </View>
  );
}
