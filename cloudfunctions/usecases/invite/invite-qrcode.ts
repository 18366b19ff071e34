import { AppError } from '../../contracts/errors';
import { LANDING_PAGE } from '../../domain/attribution/share-token';
import type { Caller, Deps } from '../deps';

/**
 * A poster's mini-program code for one of the caller's tokens: the token travels as the
 * code's `scene` (the page itself carries no query), and the landing page reads it back.
 */
export async function inviteQrCode(
  input: { token: string },
  caller: Caller,
  { store, wechat }: Deps,
): Promise<{ contentType: string; imageBase64: string }> {
  const [token] = await store.query(
    'select 1 from share_token where token = $1 and sharer_openid = $2',
    [input.token, caller.openid],
  );
  if (!token) throw new AppError('NOT_FOUND', 'no such share token of yours');
  if (!wechat)
    throw new AppError(
      'UNAVAILABLE',
      'mini-program codes come from WeChat; the H5 preview draws the path instead',
    );
  const { contentType, buffer } = await wechat.unlimitedQrCode({
    scene: input.token,
    page: LANDING_PAGE,
  });
  return { contentType, imageBase64: buffer.toString('base64') };
}
