import { Text, View } from '@tarojs/components';
import type { CampaignStats } from '../../../../../cloudfunctions/contracts/campaign';
import './index.scss';

export interface RefundOrdersProps {
  orderIds: CampaignStats['refundOrderIds'];
}

/**
 * Paid orders the merchant owes a refund: their group failed, or had no seat left by the time
 * the payment came in. The refund itself happens at the merchant's checkout, so the card lists
 * the order ids to look up there. Nothing owed, nothing drawn.
 */
export function RefundOrders({ orderIds }: RefundOrdersProps) {
  if (orderIds.length === 0) return null;
  return (
    <View className="refund-orders stats-card" data-testid="refund-orders">
      <Text className="stats-card__title">{`待退款订单（${orderIds.length}）`}</Text>
      <Text className="refund-orders__note">
        拼团失败或已满员时已付款的订单，请在收银台原路退款
      </Text>
      {orderIds.map((orderId) => (
        <Text key={orderId} className="refund-orders__id" data-testid="refund-order">
          {orderId}
        </Text>
      ))}
    </View>
  );
}
