import { Text, View } from '@tarojs/components';
import type { CampaignStats } from '../../../../../cloudfunctions/contracts/campaign';
import { formatPercent } from '../../format-percent';
import { formatExperience } from '../../../../utils/experience';
import './index.scss';

export interface TopSharersProps {
  sharers: CampaignStats['topSharers'];
  /** Their share of all counted conversions, 0–1. */
  share: number;
}

/** Who drives the growth; names arrive masked from the server. */
export function TopSharers({ sharers, share }: TopSharersProps) {
  return (
    <View className="top-sharers stats-card" data-testid="top-sharers">
      <Text className="stats-card__title">头部分享者</Text>
      {sharers.length === 0 ? (
        <Text className="stats-card__empty" data-testid="sharers-empty">
          暂无数据
        </Text>
      ) : (
        <>
          {/* Growth riding on a few people is the thing to watch, so it leads the list. */}
          <Text className="top-sharers__share" data-testid="sharers-share">
            {`头部分享者贡献 ${formatPercent(share)} 的转化`}
          </Text>
          {sharers.map((sharer, index) => (
            <View
              key={`${index}-${sharer.name}`}
              className="top-sharers__row"
              data-testid="sharer-row"
            >
              <Text className={`top-sharers__rank${index < 3 ? ' top-sharers__rank--top' : ''}`}>
                {index + 1}
              </Text>
              <Text className="top-sharers__name">{sharer.name}</Text>
              <Text className="top-sharers__conversions">{`${sharer.conversions} 次转化`}</Text>
              <Text className="top-sharers__xp">{formatExperience(sharer)}</Text>
            </View>
          ))}
        </>
      )}
    </View>
  );
}
