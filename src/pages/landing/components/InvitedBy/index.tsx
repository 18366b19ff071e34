import { Text, View } from '@tarojs/components';
import { Avatar } from '../../../../components/Avatar';
import type { InvitedBy as Friend } from '../../use-landing';
import './index.scss';

export interface InvitedByProps {
  /** The friend whose share brought this visitor, masked by the server. */
  friend: Friend;
}

/**
 * Trust between friends beats stranger reviews. "TA 已购买" shows only when the server found
 * the friend's reported order, never because the friend merely shared.
 */
export function InvitedBy({ friend }: InvitedByProps) {
  return (
    <View className="invited-by" data-testid="landing-invited-by">
      <Avatar name={friend.name} avatarUrl={null} />
      <View className="invited-by__body">
        <Text className="invited-by__text">{`好友 ${friend.name} 邀请你`}</Text>
        {friend.bought && (
          <Text className="invited-by__bought" data-testid="landing-friend-bought">
            TA 已购买
          </Text>
        )}
      </View>
    </View>
  );
}
