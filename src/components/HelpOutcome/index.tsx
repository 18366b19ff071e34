import { Button, Text, View } from '@tarojs/components';
import type { CouponView } from '../../../cloudfunctions/contracts/coupon';
import { RewardCoupon } from '../RewardCoupon';
import './index.scss';

export type HelpOutcomeProps =
  | {
      kind: 'completed';
      title: string;
      text: string;
      /** Only the initiator sees it; null while it is being issued. */
      reward: CouponView | null;
    }
  | {
      kind: 'expired';
      title: string;
      text: string;
      /** The server's word that a start would be let through now: no button otherwise. */
      canRestart: boolean;
      busy: boolean;
      startError: string | null;
      onRestart: () => void;
    };

/**
 * How the initiator's finished bargain or assist ended: the reward to use, or a fresh start
 * when the campaign's rules allow one (the text then says why not).
 */
export function HelpOutcome(props: HelpOutcomeProps) {
  return (
    <View className="help-outcome" data-testid="initiator-outcome">
      <Text className="help-outcome__title">{props.title}</Text>
      <Text className="help-outcome__text">{props.text}</Text>
      {props.kind === 'completed' &&
        (props.reward ? (
          <View className="help-outcome__reward">
            <RewardCoupon coupon={props.reward} />
          </View>
        ) : (
          <Text className="help-outcome__text">奖励发放中，稍后可在「我的优惠券」查看</Text>
        ))}
      {props.kind === 'expired' && props.canRestart && (
        <>
          <Button
            className={`help-outcome__restart${props.busy ? ' is-disabled' : ''}`}
            data-testid="restart"
            {...(props.busy ? { disabled: true } : {})}
            onClick={props.onRestart}
          >
            重新发起
          </Button>
          {props.startError && (
            <Text className="help-outcome__error" data-testid="start-error">
              {props.startError}
            </Text>
          )}
        </>
      )}
    </View>
  );
}
