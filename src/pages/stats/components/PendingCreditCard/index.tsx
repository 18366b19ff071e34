import { Button, Text, View } from '@tarojs/components';
import type { CampaignStats } from '../../../../../cloudfunctions/contracts/campaign';
import type { ReviewDecision } from '../../../../services/stats';
import { formatChinaTime } from '../../../../utils/china-time';
import { CREDIT_STAGE_NAMES } from '../../../../utils/stats-labels';
import './index.scss';

export interface PendingCreditCardProps {
  credit: CampaignStats['pendingCredits'][number];
  /** The decision being sent for this credit, if any. */
  sending: ReviewDecision | null;
  /** Any review in flight, this one or another: the buttons wait for it. */
  locked: boolean;
  /** Why the last review of this credit failed, in Chinese. */
  error: string | null;
  onReview: (decision: ReviewDecision) => void;
}

const LABELS: Record<ReviewDecision, string> = { approve: '通过', reject: '驳回' };

/**
 * One held credit as a merchant decides on it: who shared, who came (masked openids they can
 * tell apart and look up), what the friend did, and each rule that flagged it with what it
 * saw. 驳回 is final, so it looks destructive; 通过 is the plain confirming action.
 */
export function PendingCreditCard({
  credit,
  sending,
  locked,
  error,
  onReview,
}: PendingCreditCardProps) {
  return (
    <View className="pending-credit" data-testid="pending-credit">
      <View className="pending-credit__head">
        <View className="pending-credit__people">
          <Text className="pending-credit__who" data-testid="credit-sharer">
            {`分享者 ${credit.sharer}`}
          </Text>
          <Text className="pending-credit__who" data-testid="credit-invitee">
            {`好友 ${credit.invitee}`}
          </Text>
        </View>
        <Text className="pending-credit__stage">{CREDIT_STAGE_NAMES[credit.stage]}</Text>
      </View>
      <Text className="pending-credit__time">{formatChinaTime(credit.at)}</Text>
      <View className="pending-credit__flags">
        {credit.flags.map((flag, index) => (
          <View
            key={`${index}-${flag.rule}`}
            className="pending-credit__flag"
            data-testid="credit-flag"
          >
            <Text className="pending-credit__flag-rule">{flag.rule}</Text>
            {flag.reason && <Text className="pending-credit__flag-reason">{flag.reason}</Text>}
          </View>
        ))}
      </View>
      {error && (
        <Text className="pending-credit__error" data-testid="review-error">
          {error}
        </Text>
      )}
      <View className="pending-credit__actions">
        {(['reject', 'approve'] as const).map((decision) => (
          <Button
            key={decision}
            className={`pending-credit__${decision}${decision === 'reject' ? ' is-destructive' : ''}${locked ? ' is-disabled' : ''}`}
            data-testid={`${decision}-button`}
            // Taro's H5 button renders disabled={false} as disabled="false": only when true.
            {...(locked ? { disabled: true } : {})}
            onClick={() => {
              if (!locked) onReview(decision);
            }}
          >
            {sending === decision ? '提交中…' : LABELS[decision]}
          </Button>
        ))}
      </View>
    </View>
  );
}
