import { Text, View } from '@tarojs/components';
import type { GroupView } from '../../../../../cloudfunctions/contracts/group';
import { TargetSummary } from '../../../../components/TargetSummary';
import { onShortText } from '../../../../utils/group';
import { formatFen } from '../../../../utils/money';
import './index.scss';

export interface GroupSummaryProps {
  group: GroupView;
  heading: string;
  productName: string | null;
  /** The group's deadline passed while the page was open. */
  onOver: () => void;
}

const SETTLED_TEXT: Record<Exclude<GroupView['status'], 'open'>, string> = {
  completed: '拼团成功',
  failed: '拼团失败，已支付的款项将原路退回',
};

/** The deal at a glance: the group price against the original, the size, how it ends, time left. */
export function GroupSummary({ group, heading, productName, onOver }: GroupSummaryProps) {
  const { status } = group;
  return (
    <TargetSummary
      block="group"
      heading={heading}
      subtitle={productName && <Text className="group-summary__product">{productName}</Text>}
      countdown={
        status === 'open'
          ? { endsAt: group.endsAt, serverNow: group.serverNow, prefix: '距拼团结束还剩', onOver }
          : null
      }
      countdownTestId="group-countdown"
    >
      <View className="group-summary__prices">
        <Text className="group-summary__label">拼团价</Text>
        <Text className="group-summary__price" data-testid="group-price">
          {formatFen(group.groupPriceFen)}
        </Text>
        <Text className="group-summary__original" data-testid="group-original-price">
          {formatFen(group.originalPriceFen)}
        </Text>
        <Text className="group-summary__size" data-testid="group-size">{`${group.size}人团`}</Text>
      </View>
      {status === 'open' ? (
        <Text className="group-summary__rule" data-testid="group-on-short">
          {onShortText(group.onShort)}
        </Text>
      ) : (
        <Text
          className={`group-summary__banner group-summary__banner--${status}`}
          data-testid="group-banner"
        >
          {SETTLED_TEXT[status]}
        </Text>
      )}
    </TargetSummary>
  );
}
