import { Text, View } from '@tarojs/components';
import type { CampaignStats } from '../../../../../cloudfunctions/contracts/campaign';
import { sceneName } from '../../../../utils/stats-labels';
import { formatPercent } from '../../format-percent';
import './index.scss';

export interface SceneListProps {
  scenes: CampaignStats['scenes'];
}

/** Where visits came from (WeChat's scene value), in the server's order: most visits first. */
export function SceneList({ scenes }: SceneListProps) {
  const total = scenes.reduce((sum, s) => sum + s.visits, 0);
  return (
    <View className="scene-list stats-card" data-testid="scene-list">
      <Text className="stats-card__title">访问来源</Text>
      {scenes.length === 0 && (
        <Text className="stats-card__empty" data-testid="scenes-empty">
          暂无数据
        </Text>
      )}
      {scenes.map(({ scene, visits }) => (
        <View key={scene ?? 'none'} className="scene-list__row" data-testid="scene-row">
          <View className="scene-list__name-line">
            <Text className="scene-list__name">{sceneName(scene)}</Text>
            {scene !== null && <Text className="scene-list__code">{scene}</Text>}
          </View>
          <Text className="scene-list__visits">{`${visits} 次`}</Text>
          <Text className="scene-list__share">{formatPercent(total > 0 ? visits / total : 0)}</Text>
        </View>
      ))}
    </View>
  );
}
