import { AppError } from '../../contracts/errors';
import { pagePath } from '../../contracts/routes';
import { sceneFitsQr } from '../../domain/attribution/share-token';
import type { Caller, Deps } from '../deps';
import { parseCodeOrThrow } from './find-fcode-campaign';

/**
 * A poster's mini-program code for one of the holder's codes: the scene carries the F码 (and
 * the holder's share token, so a friend's purchase credits them), read back by the F码 page.
 */
export async function fcodePoster(
  input: { code: string; token?: string },
  caller: Caller,
  { store, wechat }: Deps,
): Promise<{ contentType: string; imageBase64: string }> {
  const code = parseCodeOrThrow(input.code);
  const [own] = await store.query(
    `select 1 from fcode_code where code = $1 and holder_openid = $2`,
    [code, caller.openid],
  );
  if (!own) throw new AppError('NOT_FOUND', 'no such code of yours');
  const scene = input.token ? `${code}.${input.token}` : code;
  if (!sceneFitsQr(scene)) throw new AppError('INVALID_INPUT', 'the scene does not fit a code');
  if (!wechat)
    throw new AppError(
      'UNAVAILABLE',
      'mini-program codes come from WeChat; the H5 preview draws the link instead',
    );
  const { contentType, buffer } = await wechat.unlimitedQrCode({ scene, page: pagePath('fcode') });
  return { contentType, imageBase64: buffer.toString('base64') };
}
