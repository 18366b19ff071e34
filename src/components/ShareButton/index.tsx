import { Button } from '@tarojs/components';
import Taro from '@tarojs/taro';
import './index.scss';

export interface ShareButtonProps {
  /** The share card's path ("/pages/…?…&token=…"); null until the token has arrived. */
  path: string | null;
  /** The weapp label, e.g. "邀请好友帮砍". */
  label: string;
  variant?: 'primary' | 'ghost';
}

/** The H5 preview's stand-in for a share card: the hash-router URL of the same path. */
export function h5ShareUrl(path: string): string {
  return `${window.location.origin}/#${path}`;
}

/**
 * Weapp: WeChat's own share button (the page's onShareAppMessage builds the card).
 * H5 has no share sheet, so it copies a link that opens the same page.
 */
export function ShareButton({ path, label, variant = 'primary' }: ShareButtonProps) {
  const className = `share-button share-button--${variant}`;
  if (process.env.TARO_ENV === 'weapp') {
    return (
      <Button className={className} openType="share" data-testid="share-button">
        {label}
      </Button>
    );
  }
  const copy = () => {
    if (!path) return;
    void Taro.setClipboardData({ data: h5ShareUrl(path) }).then(
      () => Taro.showToast({ title: '链接已复制，发给好友吧', icon: 'none' }),
      () => Taro.showToast({ title: '复制失败，请稍后重试', icon: 'none' }),
    );
  };
  return (
    <Button
      className={`${className}${path ? '' : ' is-disabled'}`}
      data-testid="share-button"
      // Taro's H5 button renders disabled={false} as disabled="false": add it only when true.
      {...(path ? {} : { disabled: true })}
      onClick={copy}
    >
      复制链接
    </Button>
  );
}
