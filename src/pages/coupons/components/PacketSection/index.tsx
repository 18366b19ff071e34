import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { PacketMineResult } from '../../../../../cloudfunctions/contracts/packet';
import { PacketShareButton } from '../../../../components/PacketShareButton';
import { formatFen } from '../../../../utils/money';
import { pageUrl } from '../../../../utils/routes';
import { PACKET_STATUS_LABEL, packetStatsText } from '../../wallet';
import './index.scss';

export type PacketSectionProps = PacketMineResult;

/**
 * Coupons the shopper passes on to friends: orders that may still open a packet, and the
 * packets already shared with how they did. Nothing to show, nothing drawn.
 */
export function PacketSection({ packets, shareable }: PacketSectionProps) {
  if (packets.length + shareable.length === 0) return null;
  return (
    <View className="packet-section" data-testid="wallet-packets">
      <Text className="packet-section__title">分享给好友的券</Text>
      <Text className="packet-section__note">
        好友用券下单后你获得经验，过退款期后确认，不是现金
      </Text>
      {shareable.map((order) => (
        <View key={order.orderId} className="packet-section__order" data-testid="wallet-shareable">
          <View className="packet-section__row">
            <Text className="packet-section__name">{order.campaignTitle}</Text>
            <Text className="packet-section__meta">{`实付 ${formatFen(order.paidFen)}`}</Text>
          </View>
          <PacketShareButton
            orderId={order.orderId}
            variant="ghost"
            className="packet-section__share"
          />
        </View>
      ))}
      {packets.map((packet) => (
        <View
          key={packet.id}
          className="packet-section__packet"
          data-testid="wallet-packet"
          onClick={() => void Taro.navigateTo({ url: pageUrl('packet', { packetId: packet.id }) })}
        >
          <View className="packet-section__body">
            <Text className="packet-section__name">{packet.title}</Text>
            <Text className="packet-section__meta" data-testid="wallet-packet-stats">
              {packetStatsText(packet)}
            </Text>
          </View>
          <Text
            className={`packet-section__status packet-section__status--${packet.status}`}
            data-testid="wallet-packet-status"
          >
            {PACKET_STATUS_LABEL[packet.status]}
          </Text>
          <Text className="packet-section__chevron">›</Text>
        </View>
      ))}
    </View>
  );
}
