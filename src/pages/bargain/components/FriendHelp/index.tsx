import { Button, Text, View } from '@tarojs/components';
import type { BargainView } from '../../../../../cloudfunctions/contracts/bargain';
import type { ErrorCode } from '../../../../../cloudfunctions/contracts/errors';
import { HelpButton } from '../../../../components/HelpButton';
import { RefusalNotice } from '../../../../components/RefusalNotice';
import { bargainMoney } from '../../bargain-money';
import './index.scss';

export interface FriendHelpProps {
  bargain: BargainView;
  /** The cut this friend just made, from the help's answer. */
  helpedFen: number | null;
  /** Why the last tap failed, if it did. */
  helpError: ErrorCode | null;
  startError: string | null;
  busy: 'help' | 'start' | null;
  onHelp: () => void;
  onStartOwn: () => void;
}

const STATUS_TEXT: Record<Exclude<BargainView['status'], 'active'>, string> = {
  completed: '已砍成，TA 已砍到底价',
  expired: 'TA 的砍价已过期',
};

/** A friend's part: one tap to help, the result at once, then the way to start their own. */
export function FriendHelp(props: FriendHelpProps) {
  const { bargain, helpedFen, helpError, startError, busy } = props;
  const formatFen = bargainMoney(bargain);
  const active = bargain.status === 'active';
  const refusal = bargain.viewer.canHelp ? null : (bargain.viewer.helpRefusal ?? 'CLOSED');
  const showHelp = active && helpedFen === null;
  // The viral loop: once this friend has helped (or cannot), their own bargain is next.
  const showStartOwn = helpedFen !== null || !active || refusal !== null;
  return (
    <View className="friend-help" data-testid="friend-help">
      {helpedFen !== null && (
        <View className="friend-help__result" data-testid="help-result">
          <Text className="friend-help__result-title">{`你帮好友砍掉 ${formatFen(helpedFen)}`}</Text>
          <Text className="friend-help__result-note">谢谢你的帮忙，TA 离底价又近了一步</Text>
        </View>
      )}
      {bargain.status !== 'active' && (
        <Text className="friend-help__status" data-testid="friend-status">
          {STATUS_TEXT[bargain.status]}
        </Text>
      )}
      {showHelp && (
        <HelpButton
          kind="bargain"
          label="帮 TA 砍一刀"
          refusal={refusal}
          busy={busy === 'help'}
          onHelp={props.onHelp}
        />
      )}
      {helpError && helpError !== refusal && <RefusalNotice kind="bargain" code={helpError} />}
      {showStartOwn && (
        <Button
          className={`friend-help__start${busy === 'start' ? ' is-disabled' : ''}`}
          data-testid="start-own"
          {...(busy === 'start' ? { disabled: true } : {})}
          onClick={props.onStartOwn}
        >
          {`我也要 ${formatFen(bargain.floorFen)} 拿`}
        </Button>
      )}
      {startError && (
        <Text className="friend-help__error" data-testid="start-error">
          {startError}
        </Text>
      )}
    </View>
  );
}
