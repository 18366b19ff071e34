import { Text, View } from '@tarojs/components';
import type { CampaignStats } from '../../../../../cloudfunctions/contracts/campaign';
import { FUNNEL_STAGE_NAMES } from '../../../../utils/stats-labels';
import { barBase, barPercent } from '../../bar-percent';
import { formatPercent } from '../../format-percent';
import './index.scss';

export interface FunnelChartProps {
  funnel: CampaignStats['funnel'];
}

/**
 * The funnel as horizontal bars, drawn with Views rather than a canvas chart: a canvas is
 * a native layer in the mini-program (it floats over everything) and needs a chart library,
 * while bars are plain boxes that render the same in weapp, H5 and tests.
 */
export function FunnelChart({ funnel }: FunnelChartProps) {
  const base = barBase(funnel.map((stage) => stage.count));
  return (
    <View className="funnel-chart stats-card" data-testid="funnel-chart">
      <Text className="stats-card__title">转化漏斗</Text>
      {base === 0 ? (
        <Text className="stats-card__empty" data-testid="funnel-empty">
          暂无数据
        </Text>
      ) : (
        funnel.map(({ stage, count, conversion }) => {
          const percent = barPercent(count, base);
          // A rate only against the stage this one is a part of (the server says which):
          // helps per start or orders per redemption are no conversions. "0.0%" of nobody
          // reads as a leak that is not there, so a rate over an empty stage is not shown.
          const whole = conversion ? funnel.find((s) => s.stage === conversion.of)?.count : 0;
          return (
            <View key={stage} className="funnel-chart__row" data-testid={`funnel-stage-${stage}`}>
              <Text className="funnel-chart__label">{FUNNEL_STAGE_NAMES[stage]}</Text>
              <View className="funnel-chart__main">
                <View className="funnel-chart__track">
                  <View
                    className="funnel-chart__bar"
                    data-testid="funnel-bar"
                    style={{ width: `${percent}%` }}
                  />
                </View>
                {conversion !== null && (whole ?? 0) > 0 && (
                  <Text className="funnel-chart__conversion" data-testid="funnel-conversion">
                    {`占${FUNNEL_STAGE_NAMES[conversion.of]} ${formatPercent(conversion.ratio)}`}
                  </Text>
                )}
              </View>
              <Text className="funnel-chart__count">{count}</Text>
            </View>
          );
        })
      )}
    </View>
  );
}
