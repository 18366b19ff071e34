import Taro from '@tarojs/taro';

const SCOPE = 'scope.writePhotosAlbum';

export type SaveOutcome = 'saved' | 'denied' | 'failed';

/**
 * Saves the drawn poster to the phone's album, asking for the album permission only now, on
 * the sharer's tap: never asked (undefined) → WeChat's prompt (authorize); refused before
 * (false) → WeChat no longer prompts, so offer its settings page (openSetting).
 */
export async function savePosterToAlbum(filePath: string): Promise<SaveOutcome> {
  try {
    const { authSetting } = await Taro.getSetting();
    const granted = (authSetting as Record<string, boolean | undefined>)[SCOPE];
    if (granted === undefined) {
      const asked = await Taro.authorize({ scope: SCOPE }).then(
        () => true,
        () => false,
      );
      if (!asked) return 'denied';
    } else if (granted === false) {
      const { confirm } = await Taro.showModal({
        title: '需要相册权限',
        content: '保存海报需要允许保存到相册，去设置里打开？',
        confirmText: '去设置',
      });
      if (!confirm) return 'denied';
      const after = await Taro.openSetting();
      if (!(after.authSetting as Record<string, boolean | undefined>)[SCOPE]) return 'denied';
    }
    await Taro.saveImageToPhotosAlbum({ filePath });
    return 'saved';
  } catch {
    return 'failed';
  }
}
