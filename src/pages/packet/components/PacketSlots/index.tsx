import { Text, View } from '@tarojs/components';
import type { PacketView } from '../../../../../cloudfunctions/contracts/packet';
import { formatChinaTime } from '../../../../utils/china-time';
import { formatFen } from '../../../../utils/money';
import './index.scss';

export interface PacketSlotsProps {
  packet: Pick<PacketView, 'slots' | 'claimed'>;
}

/** Every coupon in the packet: who claimed it and for how much; a random one's amount is "?" until claimed. */
export function PacketSlots({ packet }: PacketSlotsProps) {
  return (
    <View className="packet-slots" data-testid="packet-slots">
      <View className="packet-slots__header">
        <Text className="packet-slots__title">领取情况</Text>
        <Text className="packet-slots__count" data-testid="packet-claimed">
          {`已领 ${packet.claimed}/${packet.slots.length}`}
        </Text>
      </View>
      {packet.slots.map((slot) => {
        const claimed = slot.claimedAt !== null;
        return (
          <View
            key={slot.seq}
            className={`packet-slots__row${claimed ? ' is-claimed' : ''}`}
            data-testid="packet-slot"
          >
            <Text className="packet-slots__value">
              {slot.valueFen === null ? '?' : formatFen(slot.valueFen)}
            </Text>
            <View className="packet-slots__body">
              <Text className="packet-slots__name">
                {claimed ? (slot.claimerName ?? '好友') : '待领取'}
              </Text>
              {slot.claimedAt && (
                <Text className="packet-slots__time">{formatChinaTime(slot.claimedAt)}</Text>
              )}
            </View>
          </View>
        );
      })}
    </View>
  );
}
