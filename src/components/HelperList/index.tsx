import { Text, View } from '@tarojs/components';
import { formatChinaTime } from '../../utils/china-time';
import { Avatar } from '../Avatar';
import './index.scss';

export interface HelperListItem {
  /** Masked by the server for everyone but the person themself ("我"). */
  name: string;
  avatarUrl: string | null;
  helpedAt: string;
  /** What this help did, e.g. "砍掉 ¥5.20"; assists have none. */
  note?: string;
}

export interface HelperListProps {
  title: string;
  helpers: HelperListItem[];
  emptyText: string;
}

export function HelperList({ title, helpers, emptyText }: HelperListProps) {
  return (
    <View className="helper-list" data-testid="helper-list">
      <View className="helper-list__header">
        <Text className="helper-list__title">{title}</Text>
        {helpers.length > 0 && <Text className="helper-list__count">{`${helpers.length} 人`}</Text>}
      </View>
      {helpers.length === 0 ? (
        <Text className="helper-list__empty">{emptyText}</Text>
      ) : (
        helpers.map((helper, index) => (
          <View
            key={`${helper.helpedAt}-${index}`}
            className="helper-list__row"
            data-testid="helper-row"
          >
            <Avatar name={helper.name} avatarUrl={helper.avatarUrl} isMe={helper.name === '我'} />
            <View className="helper-list__body">
              <Text className="helper-list__name">{helper.name}</Text>
              <Text className="helper-list__time">{formatChinaTime(helper.helpedAt)}</Text>
            </View>
            {helper.note && <Text className="helper-list__note">{helper.note}</Text>}
          </View>
        ))
      )}
    </View>
  );
}
