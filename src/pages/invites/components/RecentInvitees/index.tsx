import { Text, View } from '@tarojs/components';
import type { InviteProgressResult } from '../../../../../cloudfunctions/contracts/invite';
import { Avatar } from '../../../../components/Avatar';
import { formatChinaTime } from '../../../../utils/china-time';
import { STAGE_LABEL, statusLabel } from '../../stages';
import './index.scss';

export interface RecentInviteesProps {
  recent: InviteProgressResult['recent'];
}

export function RecentInvitees({ recent }: RecentInviteesProps) {
  return (
    <View className="recent-invitees" data-testid="recent-invitees">
      <Text className="recent-invitees__title">最近邀请</Text>
      {recent.map((invitee, index) => {
        const status = statusLabel(invitee.stage, invitee.status);
        return (
          <View
            key={`${invitee.at}-${index}`}
            className="recent-invitees__row"
            data-testid="invitee-row"
          >
            <Avatar name={invitee.name} avatarUrl={invitee.avatarUrl} />
            <View className="recent-invitees__body">
              <Text className="recent-invitees__name">{invitee.name}</Text>
              <Text className="recent-invitees__time">{formatChinaTime(invitee.at)}</Text>
            </View>
            <Text className="recent-invitees__stage">{STAGE_LABEL[invitee.stage]}</Text>
            {status && (
              <Text
                className={`recent-invitees__status recent-invitees__status--${invitee.status}`}
                data-testid="invitee-status"
              >
                {status}
              </Text>
            )}
          </View>
        );
      })}
    </View>
  );
}
