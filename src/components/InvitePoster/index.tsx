import { useEffect, useState } from 'react';
import { Button, Canvas, Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { drawPoster, POSTER_HEIGHT, POSTER_WIDTH, type PosterContext } from './draw-poster';
import { savePosterToAlbum, type SaveOutcome } from './save-poster';
import './index.scss';

export interface InvitePosterProps {
  title: string;
  subtitle?: string;
  /** Who shares, as the poster names them; nothing stores a nickname yet, hence the default. */
  sharerName?: string;
  /** The mini-program code as a data: URL (weapp only). */
  qrSrc: string | null;
  /** Shown when there is no code: the H5 preview has no WeChat code, only a link. */
  link: string | null;
  loading: boolean;
  error?: string | null;
}

const CANVAS_ID = 'invite-poster-canvas';
const SAVE_TOASTS: Record<SaveOutcome, string> = {
  saved: '已保存到相册',
  denied: '未获得相册权限，海报没有保存',
  failed: '保存失败，请稍后重试',
};

/**
 * The share poster as an image the sharer saves and sends: drawn on a canvas with the offer,
 * the sharer's name and the mini-program code (WeChat: canvas 2d, saved to the album on a tap,
 * which is when the album permission is asked for), or rendered to a PNG with the link (H5,
 * downloadable). Until the image is ready, the offer and the code or link show as text.
 */
export function InvitePoster(props: InvitePosterProps) {
  const { title, subtitle, qrSrc, link, loading, error } = props;
  const sharerName = props.sharerName ?? '你的好友';
  const weapp = process.env.TARO_ENV === 'weapp';
  const image = usePosterImage(weapp, { title, subtitle, sharerName, qrSrc, link });
  const [saving, setSaving] = useState(false);

  const save = async () => {
    if (!image || saving) return;
    if (!weapp) return downloadPng(image);
    setSaving(true);
    const outcome = await savePosterToAlbum(image);
    setSaving(false);
    void Taro.showToast({
      title: SAVE_TOASTS[outcome],
      icon: outcome === 'saved' ? 'success' : 'none',
    });
  };

  return (
    <View className="invite-poster" data-testid="invite-poster">
      {weapp && <Canvas type="2d" id={CANVAS_ID} className="invite-poster__canvas" />}
      {image ? (
        <>
          <Image
            className="invite-poster__image"
            src={image}
            mode="aspectFit"
            showMenuByLongpress
            data-testid="invite-poster-image"
          />
          <Button
            className="invite-poster__save"
            data-testid="invite-poster-save"
            onClick={() => void save()}
          >
            {weapp ? (saving ? '保存中…' : '保存到相册') : '下载海报'}
          </Button>
        </>
      ) : (
        <>
          <Text className="invite-poster__title">{title}</Text>
          {subtitle && <Text className="invite-poster__subtitle">{subtitle}</Text>}
        </>
      )}
      <View className="invite-poster__code">
        {qrSrc ? (
          !image && (
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
          )
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

interface PosterInput {
  title: string;
  subtitle?: string;
  sharerName: string;
  qrSrc: string | null;
  link: string | null;
}

/** The drawn poster: a temp file path (WeChat) or a PNG data: URL (H5); null until drawn. */
function usePosterImage(weapp: boolean, input: PosterInput): string | null {
  const [image, setImage] = useState<string | null>(null);
  const { title, subtitle, sharerName, qrSrc, link } = input;
  useEffect(() => {
    setImage(null);
    let live = true;
    const done = (src: string | null) => {
      if (live) setImage(src);
    };
    if (weapp) {
      if (qrSrc) drawInWechat({ title, subtitle, sharerName, code: qrSrc, link: null }, done);
    } else if (link) {
      done(drawInBrowser({ title, subtitle, sharerName, code: null, link }));
    }
    return () => {
      live = false;
    };
  }, [weapp, title, subtitle, sharerName, qrSrc, link]);
  return image;
}

/** H5: an offscreen DOM canvas, read back as a PNG; null where there is no 2d context. */
function drawInBrowser(content: Parameters<typeof drawPoster>[1]): string | null {
  const canvas = document.createElement('canvas');
  const ratio = Math.min(3, window.devicePixelRatio || 1);
  canvas.width = POSTER_WIDTH * ratio;
  canvas.height = POSTER_HEIGHT * ratio;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.scale(ratio, ratio);
  drawPoster(ctx as unknown as PosterContext, content);
  return canvas.toDataURL('image/png');
}

interface WechatCanvas {
  width: number;
  height: number;
  getContext(type: '2d'): PosterContext & { scale(x: number, y: number): void };
  createImage(): { onload: () => void; onerror: () => void; src: string };
}

/**
 * WeChat: the page's canvas 2d node, the code loaded as a canvas image, then exported to a
 * temp file (what saveImageToPhotosAlbum takes). A failure leaves the text poster in place.
 */
function drawInWechat(
  content: Parameters<typeof drawPoster>[1] & { code: string },
  done: (src: string | null) => void,
): void {
  Taro.createSelectorQuery()
    .select(`#${CANVAS_ID}`)
    .fields({ node: true, size: true })
    .exec((results: { node?: WechatCanvas }[]) => {
      const canvas = results[0]?.node;
      if (!canvas) return done(null);
      const ratio = Math.min(3, Taro.getSystemInfoSync().pixelRatio || 2);
      canvas.width = POSTER_WIDTH * ratio;
      canvas.height = POSTER_HEIGHT * ratio;
      const ctx = canvas.getContext('2d');
      ctx.scale(ratio, ratio);
      const code = canvas.createImage();
      code.onload = () => {
        drawPoster(ctx, { ...content, code });
        Taro.canvasToTempFilePath({ canvas: canvas as never, fileType: 'png' }).then(
          (r) => done(r.tempFilePath),
          () => done(null),
        );
      };
      code.onerror = () => done(null);
      code.src = content.code;
    });
}

/** H5: the PNG as a download, named so the sharer finds it. */
function downloadPng(dataUrl: string): void {
  const a = document.createElement('a');
  a.href = dataUrl;
  a.download = 'fission-poster.png';
  document.body.appendChild(a);
  a.click();
  a.remove();
}
