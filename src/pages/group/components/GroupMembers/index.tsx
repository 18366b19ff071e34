import { Text, View } from '@tarojs/components';
import type { GroupView } from '../../../../../cloudfunctions/contracts/group';
import { GroupSeats } from '../../../../components/GroupSeats';
import { groupProgressText, payingText } from '../../../../utils/group';
import './index.scss';

export interface GroupMembersProps {
  group: GroupView;
}

/** Who has paid, the seats still open, and how many people are paying for one right now. */
export function GroupMembers({ group }: GroupMembersProps) {
  const paying = payingText(group);
  return (
    <View className="group-members" data-testid="group-members">
      <View className="group-members__header">
        <Text className="group-members__progress" data-testid="group-progress">
          {groupProgressText(group)}
        </Text>
        {paying && (
          <Text className="group-members__paying" data-testid="group-paying">
            {paying}
          </Text>
        )}
      </View>
      <GroupSeats group={group} />
    </View>
  );
}
