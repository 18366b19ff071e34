import { Text, View } from '@tarojs/components';
import type { BargainView } from '../../../../../cloudfunctions/contracts/bargain';
import { ProgressBar } from '../../../../components/ProgressBar';
import { TargetSummary } from '../../../../components/TargetSummary';
import { bargainMoney } from '../../bargain-money';
import './index.scss';

export interface BargainSummaryProps {
  bargain: BargainView;
  heading: string;
  productName: string | null;
  /** The countdown ran out while the page was open. */
  onOver: () => void;
}

/** Progress at a glance: price now, how far from the floor, helps, the next cut, time left. */
export function BargainSummary({ bargain, heading, productName, onOver }: BargainSummaryProps) {
  const { priceFen, floorFen, currentFen } = bargain;
  const formatFen = bargainMoney(bargain);
  const cut = priceFen - currentFen;
  const left = currentFen - floorFen;
  const active = bargain.status === 'active';
  return (
    <TargetSummary
      block="bargain"
      heading={heading}
      subtitle={productName && <Text className="bargain-summary__product">{productName}</Text>}
      countdown={
        active
          ? { endsAt: bargain.endsAt, serverNow: bargain.serverNow, prefix: '距结束还剩', onOver }
          : null
      }
    >
      <View className="bargain-summary__prices">
        <Text className="bargain-summary__label">当前价</Text>
        <Text className="bargain-summary__current" data-testid="bargain-current">
          {formatFen(currentFen)}
        </Text>
        <Text className="bargain-summary__original">{formatFen(priceFen)}</Text>
      </View>
      <ProgressBar className="bargain-summary__bar" value={cut / (priceFen - floorFen)} />
      <View className="bargain-summary__row">
        <Text className="bargain-summary__cut" data-testid="bargain-cut">
          {left > 0 ? `已砍 ${formatFen(cut)}，还差 ${formatFen(left)}` : `已砍 ${formatFen(cut)}`}
        </Text>
        <Text className="bargain-summary__floor">{`底价 ${formatFen(floorFen)}`}</Text>
      </View>
      <View className="bargain-summary__row bargain-summary__row--meta">
        <Text data-testid="bargain-helps">
          {`${bargain.helpsDone}/${bargain.helpsNeeded} 位好友已帮砍`}
        </Text>
        {active && bargain.nextCutFen !== null && (
          <Text className="bargain-summary__next" data-testid="bargain-next-cut">
            {`下一刀 ${formatFen(bargain.nextCutFen)}`}
          </Text>
        )}
      </View>
    </TargetSummary>
  );
}
