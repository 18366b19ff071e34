import { Image, Text, View } from '@tarojs/components';
import './index.scss';

export interface InvitePosterProps {
  title: string;
  subtitle?: string;
  /** The mini-program code as a data: URL (weapp only). */
  qrSrc: string | null;
  /** Shown when there is no code: the H5 preview has no WeChat code, only a link. */
  link: string | null;
  loading: boolean;
  error?: string | null;
}

/** A poster to screenshot and send: the offer, and a code (or link) that carries the token. */
export function InvitePoster({ title, subtitle, qrSrc, link, loading, error }: InvitePosterProps) {
  return (
    <View className="invite-poster" data-testid="invite-poster">
      <Text className="invite-poster__title">{title}</Text>
      {subtitle && <Text className="invite-poster__subtitle">{subtitle}</Text>}
      <View className="invite-poster__code">
        {qrSrc ? (
          <>
            <Image
              className="invite-poster__qr"
              src={qrSrc}
              mode="aspectFit"
              showMenuByLongpress
              data-testid="invite-poster-qr"
            />
            <Text className="invite-poster__hint">长按识别小程序码，立即参与</Text>
          </>
        ) : loading ? (
          <Text className="invite-poster__hint">生成中…</Text>
        ) : (
          <>
            {error && <Text className="invite-poster__error">{error}</Text>}
            {link && (
              <>
                <Text className="invite-poster__hint">好友打开下方链接即可参与</Text>
                <Text className="invite-poster__link" data-testid="invite-poster-link" userSelect>
                  {link}
                </Text>
              </>
            )}
          </>
        )}
      </View>
    </View>
  );
}
