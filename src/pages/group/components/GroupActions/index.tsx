import { Button, Text, View } from '@tarojs/components';
import type { GroupView } from '../../../../../cloudfunctions/contracts/group';
import { Countdown } from '../../../../components/Countdown';
import { errorMessage } from '../../../../services/error-message';
import { formatFen } from '../../../../utils/money';
import type { GroupBusy } from '../../use-group-actions';
import './index.scss';

export interface GroupActionsProps {
  group: GroupView;
  busy: GroupBusy | null;
  /** Why the last tap failed, if it did. */
  error: string | null;
  onJoin: () => void;
  onPay: () => void;
  onOpenOwn: () => void;
  /** The viewer's held seat ran out while the page was open. */
  onHoldOver: () => void;
  /** What the viewer pays after the coupon they chose; the group price without one. */
  payableFen?: number;
}

function ActionButton(props: {
  /** Names the button for styling and for tests of the weapp build (which has no data-*). */
  name: 'join' | 'pay' | 'open-own';
  label: string;
  busy: boolean;
  variant?: 'primary' | 'ghost';
  onTap: () => void;
}) {
  const variant = props.variant ?? 'primary';
  return (
    <Button
      className={`group-actions__button group-actions__button--${variant} group-actions__${props.name}${props.busy ? ' is-disabled' : ''}`}
      data-testid={`group-${props.name}`}
      {...(props.busy ? { disabled: true } : {})}
      onClick={props.onTap}
    >
      {props.busy ? '处理中…' : props.label}
    </Button>
  );
}

/** The viewer's part, by their seat: join and pay, pay for a held seat, paid, refund due. */
export function GroupActions(props: GroupActionsProps) {
  const { group, busy, error } = props;
  const { seat, canJoin, joinRefusal, holdUntil } = group.viewer;
  const open = group.status === 'open';
  const price = formatFen(props.payableFen ?? group.groupPriceFen);
  // A seat still held once the group settled is no seat: the server releases it.
  const outside = seat === null || seat === 'released' || (seat === 'held' && !open);
  return (
    <View className="group-actions" data-testid="group-actions">
      {seat === 'refund_due' && (
        <Text className="group-actions__status" data-testid="group-seat-status">
          款项将原路退回
        </Text>
      )}
      {seat === 'paid' && (
        <Text className="group-actions__status is-paid" data-testid="group-seat-status">
          已支付
        </Text>
      )}
      {seat === 'held' && open && (
        <>
          <ActionButton
            name="pay"
            label={`去支付 ${price}`}
            busy={busy !== null}
            onTap={props.onPay}
          />
          {holdUntil && (
            <View className="group-actions__hold" data-testid="group-hold">
              <Countdown
                endsAt={holdUntil}
                serverNow={group.serverNow}
                prefix="请在"
                suffix=" 内完成支付，超时座位将释放"
                minutes
                overText="支付超时，座位已释放"
                onOver={props.onHoldOver}
              />
            </View>
          )}
        </>
      )}
      {seat === 'released' && open && (
        <Text className="group-actions__note" data-testid="group-seat-status">
          支付超时，座位已释放
        </Text>
      )}
      {outside && open && canJoin && (
        <ActionButton
          name="join"
          label={`参与拼团 ${price}`}
          busy={busy !== null}
          onTap={props.onJoin}
        />
      )}
      {outside && open && !canJoin && (
        <Text className="group-actions__refusal" data-testid="group-refusal">
          {errorMessage({ code: joinRefusal ?? 'CLOSED', message: '' })}
        </Text>
      )}
      {outside && (!open || !canJoin) && (
        <ActionButton
          name="open-own"
          label="我也开一个团"
          variant="ghost"
          busy={busy !== null}
          onTap={props.onOpenOwn}
        />
      )}
      {/* A group that failed is no dead end for its members: the lead it took is given back. */}
      {!outside && group.status === 'failed' && (
        <ActionButton
          name="open-own"
          label="重新开一个团"
          variant="ghost"
          busy={busy !== null}
          onTap={props.onOpenOwn}
        />
      )}
      {error && (
        <Text className="group-actions__error" data-testid="group-error">
          {error}
        </Text>
      )}
    </View>
  );
}
