import { Text } from '@tarojs/components';
import type { PacketView } from '../../../../../cloudfunctions/contracts/packet';
import { TargetSummary } from '../../../../components/TargetSummary';
import { formatCouponThreshold } from '../../../../utils/coupon';
import { disclosureText } from '../../disclosure';
import './index.scss';

export interface PacketSummaryProps {
  packet: PacketView;
  heading: string;
  /** The packet's time ran out while the page was open. */
  onOver: () => void;
}

const CLOSED_TEXT: Record<Exclude<PacketView['status'], 'open'>, string> = {
  empty: '已领完',
  expired: '已过期',
};

/** The packet at a glance: whose it is, what it holds, its terms, how long it stays open. */
export function PacketSummary({ packet, heading, onOver }: PacketSummaryProps) {
  return (
    <TargetSummary
      block="packet"
      heading={heading}
      countdown={
        packet.status === 'open'
          ? { endsAt: packet.endsAt, serverNow: packet.serverNow, prefix: '距领取结束还剩', onOver }
          : null
      }
    >
      <Text className="packet-summary__title" data-testid="packet-title">
        {packet.title}
      </Text>
      <Text className="packet-summary__disclosure" data-testid="packet-disclosure">
        {disclosureText(packet)}
      </Text>
      <Text className="packet-summary__terms" data-testid="packet-terms">
        {`${formatCouponThreshold({ minSpendFen: packet.minSpendFen })} · 领取后 ${packet.validDays} 天内有效`}
      </Text>
      {packet.status !== 'open' && (
        <Text className="packet-summary__closed" data-testid="packet-status">
          {CLOSED_TEXT[packet.status]}
        </Text>
      )}
    </TargetSummary>
  );
}
