import { Button, Text, View } from '@tarojs/components';
import { usePacketShare } from '../../hooks/use-packet-share';
import './index.scss';

export interface PacketShareButtonProps {
  /** The buyer's reported order the packet is for. */
  orderId: string;
  variant?: 'primary' | 'ghost';
  className?: string;
}

/** Opens the packet of coupons for an order and goes to its page to share it. */
export function PacketShareButton({
  orderId,
  variant = 'primary',
  className,
}: PacketShareButtonProps) {
  const { busy, error, share } = usePacketShare();
  return (
    <View className={`packet-share${className ? ` ${className}` : ''}`}>
      <Button
        className={`packet-share__button packet-share__button--${variant}${busy ? ' is-disabled' : ''}`}
        data-testid="packet-share"
        {...(busy ? { disabled: true } : {})}
        onClick={() => void share(orderId)}
      >
        {busy ? '处理中…' : '分享优惠券给好友'}
      </Button>
      {error && (
        <Text className="packet-share__error" data-testid="packet-share-error">
          {error}
        </Text>
      )}
    </View>
  );
}
