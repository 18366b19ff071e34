import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Countdown } from '../../../../components/Countdown';
import { GroupSeats } from '../../../../components/GroupSeats';
import { groupProgressText, payingText } from '../../../../utils/group';
import { subjectUrl } from '../../../../utils/routes';
import type { LandingGroup } from '../../use-landing-group';
import './index.scss';

export type GroupStatusProps = LandingGroup;

function buttonLabel({ group, mine }: LandingGroup): string {
  if (mine) return group.viewer.seat === 'held' ? '去支付' : '去邀请';
  return group.status === 'open' && group.viewer.canJoin ? '参与拼团' : '查看拼团';
}

/**
 * A group under the landing page's hook: the one a friend shared ("参与拼团"), or the
 * visitor's own ("去邀请"). The tap opens the group page, where joining and paying happen.
 */
export function GroupStatus(props: GroupStatusProps) {
  const { group, mine, token } = props;
  const progress = groupProgressText(group);
  const paying = payingText(group);
  return (
    <View className="group-status" data-testid="landing-group">
      <Text className="group-status__title" data-testid="landing-group-title">
        {mine ? `你的拼团${progress}` : `${group.leaderName} 的拼团，${progress}`}
      </Text>
      {paying && <Text className="group-status__paying">{paying}</Text>}
      <View className="group-status__seats">
        <GroupSeats group={group} />
      </View>
      {group.status === 'open' && (
        <Countdown
          className="group-status__countdown"
          endsAt={group.endsAt}
          serverNow={group.serverNow}
          prefix="距拼团结束还剩"
        />
      )}
      <Button
        className="group-status__go"
        data-testid="landing-group-go"
        onClick={() => void Taro.navigateTo({ url: subjectUrl('group', group.id, token) })}
      >
        {buttonLabel(props)}
      </Button>
    </View>
  );
}
