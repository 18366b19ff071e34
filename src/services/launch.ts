import Taro from '@tarojs/taro';
import type { InviteVisitResult } from '../../cloudfunctions/contracts/invite';
import type { FunctionResult } from '../../cloudfunctions/contracts/result';
import { visitInvite } from './invite';
import { getPersona } from './persona';

const TOKEN = /^[0-9A-Za-z]{12}$/;

/**
 * The share token a page was opened with: `token` from a share card's path, or the `scene` of
 * a mini-program code (which carries only the token, URI-encoded). Malformed → null.
 */
export function launchToken(query: Record<string, string | undefined>): string | null {
  if (query.token !== undefined) return TOKEN.test(query.token) ? query.token : null;
  if (query.scene === undefined) return null;
  try {
    const scene = decodeURIComponent(query.scene);
    return TOKEN.test(scene) ? scene : null;
  } catch {
    return null;
  }
}

/** The WeChat scene value (1007 single chat, 1008 group…), for statistics only. */
function launchScene(): number | undefined {
  if (process.env.TARO_ENV !== 'weapp') return undefined;
  try {
    const scene = Number(Taro.getLaunchOptionsSync().scene);
    return scene >= 1000 && scene <= 1999 ? scene : undefined;
  } catch {
    return undefined;
  }
}

let sessionToken: string | null = null;
const visits = new Map<string, Promise<FunctionResult<InviteVisitResult>>>();

/**
 * Records the arrival once per campaign and token for this launch (re-renders and re-shows
 * reuse the first answer) and keeps the token for the session, so later actions are credited.
 */
export function visitOnce(
  campaignId: string | undefined,
  query: Record<string, string | undefined>,
): Promise<FunctionResult<InviteVisitResult>> {
  const token = launchToken(query) ?? undefined;
  if (token) sessionToken = token;
  // In H5 one browser plays several people: a switched persona is a new arrival.
  const who = process.env.TARO_ENV === 'h5' ? getPersona() : '';
  const key = `${campaignId ?? ''}|${token ?? ''}|${who}`;
  let visit = visits.get(key);
  if (!visit) {
    const started = visitInvite({ campaignId, token, scene: launchScene() });
    visits.set(key, started);
    // A failed visit recorded nothing: forget it so a retry (重新加载) asks again.
    void started.then((result) => {
      if (!result.ok && visits.get(key) === started) visits.delete(key);
    });
    visit = started;
  }
  return visit;
}

export function currentShareToken(): string | null {
  return sessionToken;
}

/** Tests start each case from a fresh launch. */
export function resetLaunchForTests(): void {
  sessionToken = null;
  visits.clear();
}
