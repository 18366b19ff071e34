import { ScrollView, Text, View } from '@tarojs/components';
import type { CampaignListItem } from '../../../../services/stats';
import './index.scss';

export interface CampaignPickerProps {
  campaigns: readonly CampaignListItem[];
  selectedId: string;
  onPick: (campaignId: string) => void;
}

const STATUS_NAMES: Record<CampaignListItem['status'], string> = {
  live: '进行中',
  paused: '暂停中',
  draft: '草稿',
  ended: '已结束',
};

/**
 * The merchant's campaigns by title, one tap to switch the stats below: a row of chips that
 * scrolls sideways, so the numbers stay where they were rather than under a dropdown.
 */
export function CampaignPicker({ campaigns, selectedId, onPick }: CampaignPickerProps) {
  if (campaigns.length < 2) return null;
  return (
    <ScrollView scrollX className="campaign-picker" data-testid="campaign-picker">
      {campaigns.map((c) => (
        <View
          key={c.campaignId}
          className={`campaign-picker__chip${c.campaignId === selectedId ? ' campaign-picker__chip--active' : ''}`}
          data-testid={`campaign-option-${c.campaignId}`}
          onClick={() => {
            if (c.campaignId !== selectedId) onPick(c.campaignId);
          }}
        >
          <Text className="campaign-picker__title">{c.title}</Text>
          <Text className="campaign-picker__status">{STATUS_NAMES[c.status]}</Text>
        </View>
      ))}
    </ScrollView>
  );
}
