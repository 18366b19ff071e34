import { Button, Text, View } from '@tarojs/components';
import type { AssistHelpResult, AssistView } from '../../../../../cloudfunctions/contracts/assist';
import type { ErrorCode } from '../../../../../cloudfunctions/contracts/errors';
import { HelpButton } from '../../../../components/HelpButton';
import { RefusalNotice } from '../../../../components/RefusalNotice';
import { RewardCoupon } from '../../../../components/RewardCoupon';
import { formatCouponValue } from '../../../../utils/coupon';
import './index.scss';

export type HelperReward = AssistHelpResult['helperReward'];

export interface FriendAssistProps {
  assist: AssistView;
  /** Set once this friend's help went through: the thank-you coupon, or why there is none. */
  helped: { reward: HelperReward } | null;
  helpError: ErrorCode | null;
  startError: string | null;
  busy: 'help' | 'start' | null;
  /** e.g. "我也要领 ¥20 券". */
  startLabel: string;
  onHelp: () => void;
  onStartOwn: () => void;
}

// The help stands even when the thank-you coupon could not be issued; say so plainly.
const NO_REWARD: Record<Extract<HelperReward, { ok: false }>['code'], string> = {
  CLAIM_LIMIT: '你的助力感谢券已达领取上限，本次未发券',
  BUDGET_EXHAUSTED: '助力感谢券已发完，本次未发券',
  NOT_FOUND: '本次助力没有感谢券',
};

const STATUS_TEXT: Record<Exclude<AssistView['status'], 'active'>, string> = {
  completed: 'TA 的助力已完成',
  expired: 'TA 的助力已过期',
};

function rewardValue(reward: Extract<HelperReward, { ok: true }>): string {
  const { valueFen, percentOff, minSpendFen } = reward.coupon;
  return formatCouponValue({
    valueFen: valueFen ?? undefined,
    percentOff: percentOff ?? undefined,
    minSpendFen,
  });
}

/** A friend's part: one tap to help, "助力成功" with their own thank-you, then their own. */
export function FriendAssist(props: FriendAssistProps) {
  const { assist, helped, helpError, startError, busy } = props;
  const active = assist.status === 'active';
  const refusal = assist.viewer.canHelp ? null : (assist.viewer.helpRefusal ?? 'CLOSED');
  const reward = helped?.reward ?? null;
  const showStartOwn = helped !== null || !active || refusal !== null;
  return (
    <View className="friend-assist" data-testid="friend-assist">
      {helped && (
        <View className="friend-assist__result" data-testid="help-result">
          <Text className="friend-assist__result-title">助力成功</Text>
          {reward?.ok === true && (
            <Text className="friend-assist__result-note" data-testid="helper-reward">
              {`你获得了 ${rewardValue(reward)}\u2009券`}
            </Text>
          )}
          {reward?.ok === false && (
            <Text className="friend-assist__result-note" data-testid="helper-reward">
              {NO_REWARD[reward.code]}
            </Text>
          )}
        </View>
      )}
      {reward?.ok === true && (
        <View className="friend-assist__coupon">
          <RewardCoupon coupon={reward.coupon} />
        </View>
      )}
      {assist.status !== 'active' && (
        <Text className="friend-assist__status" data-testid="friend-status">
          {STATUS_TEXT[assist.status]}
        </Text>
      )}
      {active && !helped && (
        <HelpButton
          kind="assist"
          label="帮 TA 助力"
          refusal={refusal}
          busy={busy === 'help'}
          onHelp={props.onHelp}
        />
      )}
      {helpError && helpError !== refusal && <RefusalNotice kind="assist" code={helpError} />}
      {showStartOwn && (
        <Button
          className={`friend-assist__start${busy === 'start' ? ' is-disabled' : ''}`}
          data-testid="start-own"
          {...(busy === 'start' ? { disabled: true } : {})}
          onClick={props.onStartOwn}
        >
          {props.startLabel}
        </Button>
      )}
      {startError && (
        <Text className="friend-assist__error" data-testid="start-error">
          {startError}
        </Text>
      )}
    </View>
  );
}
