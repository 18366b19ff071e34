import { Text, View } from '@tarojs/components';
import type { AssistView } from '../../../../../cloudfunctions/contracts/assist';
import { ProgressBar } from '../../../../components/ProgressBar';
import { TargetSummary } from '../../../../components/TargetSummary';
import './index.scss';

export interface AssistSummaryProps {
  assist: AssistView;
  heading: string;
  /** What completing earns, e.g. "集满 5 位好友助力，得 ¥20 券". */
  promise: string | null;
  onOver: () => void;
}

/** Progress at a glance: helps so far, helps still needed, time left. */
export function AssistSummary({ assist, heading, promise, onOver }: AssistSummaryProps) {
  const left = Math.max(0, assist.helpsNeeded - assist.helpsDone);
  const active = assist.status === 'active';
  return (
    <TargetSummary
      block="assist"
      heading={heading}
      subtitle={promise && <Text className="assist-summary__promise">{promise}</Text>}
      countdown={
        active
          ? { endsAt: assist.endsAt, serverNow: assist.serverNow, prefix: '距结束还剩', onOver }
          : null
      }
    >
      <View className="assist-summary__count">
        <Text className="assist-summary__done">{assist.helpsDone}</Text>
        <Text className="assist-summary__needed">{` / ${assist.helpsNeeded} 位好友`}</Text>
      </View>
      <ProgressBar
        className="assist-summary__bar"
        value={assist.helpsDone / Math.max(1, assist.helpsNeeded)}
      />
      <Text className="assist-summary__left" data-testid="assist-progress">
        {left > 0
          ? `已有 ${assist.helpsDone} 位好友助力，还差 ${left} 位`
          : `${assist.helpsNeeded} 位好友已助力`}
      </Text>
    </TargetSummary>
  );
}
