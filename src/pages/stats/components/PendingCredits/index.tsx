import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { CampaignStats } from '../../../../../cloudfunctions/contracts/campaign';
import type { ReviewDecision } from '../../../../services/stats';
import { PendingCreditCard } from '../PendingCreditCard';
import './index.scss';

export interface ReviewInFlight {
  creditId: string;
  decision: ReviewDecision;
}

export interface ReviewFailure {
  creditId: string;
  message: string;
}

export interface PendingCreditsProps {
  credits: CampaignStats['pendingCredits'];
  /** The review being sent; every button waits for it, so two decisions never race. */
  busy: ReviewInFlight | null;
  failure: ReviewFailure | null;
  onReview: (creditId: string, decision: ReviewDecision) => void;
}

/** Shown before the fold opens: the page's numbers stay one scroll away. */
export const FOLDED_COUNT = 3;

/** Credits a fraud rule flagged: held until the merchant approves or rejects each. */
export function PendingCredits({ credits, busy, failure, onReview }: PendingCreditsProps) {
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? credits : credits.slice(0, FOLDED_COUNT);
  const hidden = credits.length - shown.length;
  return (
    <View className="pending-credits stats-card" data-testid="pending-credits">
      <Text className="stats-card__title">
        {credits.length > 0 ? `待审核（${credits.length}）` : '待审核'}
      </Text>
      {credits.length === 0 ? (
        <Text className="stats-card__empty" data-testid="pending-empty">
          没有待审核的记录
        </Text>
      ) : (
        <Text className="pending-credits__note">
          触发风控规则的邀请：通过后计入分享者成绩，驳回则不计入
        </Text>
      )}
      {shown.map((credit) => (
        <PendingCreditCard
          key={credit.id}
          credit={credit}
          sending={busy?.creditId === credit.id ? busy.decision : null}
          locked={busy !== null}
          error={failure?.creditId === credit.id ? failure.message : null}
          onReview={(decision) => onReview(credit.id, decision)}
        />
      ))}
      {(hidden > 0 || (expanded && credits.length > FOLDED_COUNT)) && (
        <Text
          className="pending-credits__more"
          data-testid="pending-more"
          onClick={() => setExpanded(!expanded)}
        >
          {hidden > 0 ? `展开其余 ${hidden} 条` : '收起'}
        </Text>
      )}
    </View>
  );
}
