import { Text, View } from '@tarojs/components';
import type { GroupView } from '../../../cloudfunctions/contracts/group';
import { peopleShort } from '../../utils/group';
import { Avatar } from '../Avatar';
import './index.scss';

export interface GroupSeatsProps {
  group: Pick<GroupView, 'status' | 'size' | 'members' | 'holding'>;
}

/**
 * Every seat of a group: paid members (leader first) by their avatars, then the seats still
 * to fill, the first of them marked while someone holding them is paying.
 */
export function GroupSeats({ group }: GroupSeatsProps) {
  const empty = peopleShort(group);
  const paying = group.status === 'open' ? Math.min(group.holding, empty) : 0;
  return (
    <View className="group-seats" data-testid="group-seats">
      {group.members.map((member, index) => (
        <View
          key={`${member.paidAt}-${index}`}
          className="group-seats__seat"
          data-testid="group-member"
        >
          <Avatar name={member.name} avatarUrl={member.avatarUrl} isMe={member.name === '我'} />
          {member.isLeader && <Text className="group-seats__leader">团长</Text>}
        </View>
      ))}
      {Array.from({ length: empty }, (_, index) => (
        <View
          key={`empty-${index}`}
          className={`group-seats__seat group-seats__seat--empty${index < paying ? ' is-paying' : ''}`}
          data-testid="group-empty-seat"
        >
          <View className="group-seats__placeholder">
            <Text className="group-seats__mark">{index < paying ? '…' : '?'}</Text>
          </View>
        </View>
      ))}
    </View>
  );
}
