import { Text, View } from '@tarojs/components';
import type { InviteProgressResult } from '../../../../../cloudfunctions/contracts/invite';
import { STAGES, STAGE_LABEL, pendingLabel } from '../../stages';
import './index.scss';

export interface StageCountsProps {
  counted: InviteProgressResult['counted'];
  pending: InviteProgressResult['pending'];
}

/** Friends by how far they went; credits not yet counted are shown apart, never added in. */
export function StageCounts({ counted, pending }: StageCountsProps) {
  const anyPending = STAGES.some((stage) => (pending[stage] ?? 0) > 0);
  return (
    <View className="stage-counts" data-testid="stage-counts">
      <Text className="stage-counts__title">邀请成果</Text>
      <View className="stage-counts__grid">
        {STAGES.map((stage) => (
          <View key={stage} className="stage-counts__cell" data-testid={`stage-${stage}`}>
            <Text className="stage-counts__value">{counted[stage] ?? 0}</Text>
            <Text className="stage-counts__label">{STAGE_LABEL[stage]}</Text>
            {(pending[stage] ?? 0) > 0 && (
              <Text className="stage-counts__pending" data-testid={`pending-${stage}`}>
                {`+${pending[stage]} ${pendingLabel(stage)}`}
              </Text>
            )}
          </View>
        ))}
      </View>
      {anyPending && (
        <Text className="stage-counts__note">审核中、待确认的邀请通过后计入（下单需过退款期）</Text>
      )}
    </View>
  );
}
