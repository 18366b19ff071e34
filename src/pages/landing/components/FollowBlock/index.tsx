import { Image, OfficialAccount, Text, View } from '@tarojs/components';
import type { CtaSection } from '../../../../../cloudfunctions/contracts/campaign-config';
import './index.scss';

export interface FollowBlockProps {
  follow: NonNullable<CtaSection['follow']>;
}

/**
 * Keeps the visitor after the campaign. Inside WeChat an official account gets the native
 * follow bar (WeChat shows it only for some launch scenes, e.g. a scanned code, and renders
 * nothing otherwise); a group, or any follow in H5, is a QR code to long-press.
 */
export function FollowBlock({ follow }: FollowBlockProps) {
  const native = process.env.TARO_ENV === 'weapp' && follow.kind === 'official-account';
  return (
    <View className="follow-block" data-testid="landing-follow">
      <Text className="follow-block__title">{follow.title}</Text>
      {native ? (
        <OfficialAccount className="follow-block__account" />
      ) : follow.qrImageUrl ? (
        <View className="follow-block__qr-wrap">
          <Image
            className="follow-block__qr"
            src={follow.qrImageUrl}
            mode="aspectFit"
            showMenuByLongpress
            data-testid="landing-follow-qr"
          />
          <Text className="follow-block__hint">长按识别二维码</Text>
        </View>
      ) : (
        <Text className="follow-block__hint">在微信中打开即可关注</Text>
      )}
    </View>
  );
}
