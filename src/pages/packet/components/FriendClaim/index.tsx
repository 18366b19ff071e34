import { Button, Text, View } from '@tarojs/components';
import type { CouponView } from '../../../../../cloudfunctions/contracts/coupon';
import type { ErrorCode } from '../../../../../cloudfunctions/contracts/errors';
import type { PacketView } from '../../../../../cloudfunctions/contracts/packet';
import { RewardCoupon } from '../../../../components/RewardCoupon';
import { errorMessage } from '../../../../services/error-message';
import './index.scss';

export interface FriendClaimProps {
  packet: PacketView;
  /** The coupon this friend just claimed, from the claim's answer. */
  claimed: CouponView | null;
  /** Why the last tap failed, if it did. */
  claimError: ErrorCode | null;
  busy: boolean;
  onClaim: () => void;
  /** Opens the campaign behind the packet. */
  onBrowse: () => void;
}

// A closed packet refuses everyone, whatever the server's per-viewer reason.
const CLOSED_REFUSAL: Record<PacketView['status'], ErrorCode | null> = {
  open: null,
  empty: 'PACKET_EMPTY',
  expired: 'EXPIRED',
};

const say = (code: ErrorCode) => errorMessage({ code, message: '' });

/** A friend's part: one tap to claim, the coupon at once, or why they cannot (before the tap). */
export function FriendClaim(props: FriendClaimProps) {
  const { packet, claimed, claimError, busy } = props;
  const coupon = claimed ?? packet.viewer.coupon;
  const refusal = packet.viewer.canClaim
    ? null
    : (packet.viewer.claimRefusal ?? CLOSED_REFUSAL[packet.status] ?? 'CLOSED');
  const disabled = refusal !== null || busy;
  return (
    <View className="friend-claim" data-testid="friend-claim">
      {coupon ? (
        <View className="friend-claim__result" data-testid="claim-result">
          <Text className="friend-claim__result-title">
            {claimed ? '领取成功' : '你已领过这份券'}
          </Text>
          <RewardCoupon coupon={coupon} />
        </View>
      ) : (
        <Button
          className={`friend-claim__claim${disabled ? ' is-disabled' : ''}`}
          data-testid="packet-claim"
          {...(disabled ? { disabled: true } : {})}
          onClick={() => {
            if (!disabled) props.onClaim();
          }}
        >
          {refusal ? say(refusal) : busy ? '领取中…' : '领取'}
        </Button>
      )}
      {claimError && claimError !== refusal && (
        <Text className="friend-claim__error" data-testid="claim-error">
          {say(claimError)}
        </Text>
      )}
      <Text className="friend-claim__browse" data-testid="packet-browse" onClick={props.onBrowse}>
        去活动页看看 ›
      </Text>
    </View>
  );
}
