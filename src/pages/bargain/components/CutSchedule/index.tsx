import { Text, View } from '@tarojs/components';
import type { BargainView } from '../../../../../cloudfunctions/contracts/bargain';
import { bargainMoney } from '../../bargain-money';
import './index.scss';

export interface CutScheduleProps {
  bargain: Pick<
    BargainView,
    'schedule' | 'initiatorCutFen' | 'helpsDone' | 'priceFen' | 'floorFen'
  >;
}

/**
 * Every cut, fixed when the bargain started and shown to everyone: no hidden random amounts
 * (WeChat forbids undisclosed random outcomes), and friends see exactly what their help does.
 */
export function CutSchedule({ bargain }: CutScheduleProps) {
  const formatFen = bargainMoney(bargain);
  const ownCut = bargain.initiatorCutFen !== null ? 1 : 0;
  const cutsDone = bargain.helpsDone + ownCut;
  return (
    <View className="cut-schedule" data-testid="cut-schedule">
      <Text className="cut-schedule__title">每一刀金额公开</Text>
      <View className="cut-schedule__chips">
        {bargain.schedule.map((fen, index) => (
          <View
            key={index}
            className={`cut-schedule__chip${index < cutsDone ? ' cut-schedule__chip--done' : ''}`}
          >
            <Text className="cut-schedule__which">
              {index < ownCut ? '自砍' : `第 ${index + 1 - ownCut} 刀`}
            </Text>
            <Text className="cut-schedule__fen">{formatFen(fen)}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
