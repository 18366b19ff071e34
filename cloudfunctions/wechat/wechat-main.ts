import * as cloud from 'wx-server-sdk';
import { parseMerchants } from '../functions/merchants';
import { systemClock, type Caller, type Deps, type WeChatApi } from '../usecases/deps';
import type { FunctionHandler } from '../functions/define-function';
import type { PushHandler } from '../functions/push/handler';
import { pushOriginOf } from '../functions/push/push-origin';
import type { FunctionResult } from '../contracts/result';
import { parseAutoPause } from '../domain/notice/decide-auto-pause';
import { lazyStore } from '../store/lazy-store';
import { notifySettingsFromEnv } from '../usecases/notify/notify-settings';
import type { Senders } from '../usecases/notify/senders';

let initialised = false;

/** WeChat's open APIs; each function declares the ones it calls in its config.json. */
const wechatApi: WeChatApi = {
  async unlimitedQrCode({ scene, page }) {
    const { contentType, buffer } = await cloud.openapi.wxacode.getUnlimited({
      scene,
      page,
      checkPath: false,
    });
    return { contentType, buffer };
  },
};

/**
 * One store per function instance, opened (and migrated) by the first call that needs it.
 * pg and the migrations are loaded then too, not when the instance starts: a cold start that
 * only refuses bad input never pays for them.
 */
export const deps: Deps = {
  store: lazyStore('pg', async () => {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error('DATABASE_URL is not set for this cloud function');
    const { openPgStore, pgTimeoutsFromEnv, WECHAT_PG_TIMEOUTS, migrate } =
      await import('./wechat-store');
    const store = openPgStore({
      connectionString,
      max: Number(process.env.FISSION_PG_POOL_MAX ?? 2),
      timeouts: { ...WECHAT_PG_TIMEOUTS, ...pgTimeoutsFromEnv() },
    });
    try {
      await migrate(store);
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }),
  clock: systemClock,
  wechat: wechatApi,
  notify: notifySettingsFromEnv(),
};

/** WeChat's errors that no retry can mend: no grant (43101), a bad template or field. */
const PERMANENT_SUBSCRIBE_ERRORS = new Set([43101, 40037, 47003, 41030]);

/** Subscribe messages through WeChat's open API (the `dispatch` function declares it). */
export const wechatSubscribe: Senders['subscribe'] = async (message) => {
  try {
    await cloud.openapi.subscribeMessage.send({
      touser: message.touser,
      templateId: message.templateId,
      page: message.page,
      data: message.data,
      miniprogramState: process.env.FISSION_MINIPROGRAM_STATE ?? 'formal',
    });
    return { ok: true };
  } catch (error) {
    const code = Number((error as { errCode?: unknown }).errCode);
    return {
      ok: false,
      permanent: PERMANENT_SUBSCRIBE_ERRORS.has(code),
      error: `${Number.isFinite(code) ? `errCode ${code}: ` : ''}${(error as Error).message ?? error}`,
    };
  }
};

export function initCloud(): void {
  if (!initialised) {
    cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
    initialised = true;
  }
}

/** The caller as WeChat vouches for it. The event payload is never consulted for identity. */
export function callerFromContext(
  context: ReturnType<typeof cloud.getWXContext>,
  merchants: Set<string>,
): Caller | null {
  const openid =
    context.OPENID === undefined || context.OPENID === '' ? null : String(context.OPENID);
  if (!openid) return null;
  return {
    openid,
    role: merchants.has(openid) ? 'merchant' : 'shopper',
    clientIp: context.CLIENTIP ? String(context.CLIENTIP) : undefined,
  };
}

/**
 * The WeChat Cloud entry of one function, and the only module that imports wx-server-sdk.
 */
export function wechatMain(handler: FunctionHandler) {
  return async (event: unknown): Promise<FunctionResult<unknown>> => {
    initCloud();
    const caller = callerFromContext(
      cloud.getWXContext(),
      parseMerchants(process.env.FISSION_MERCHANTS),
    );
    // The handler never throws: a store that cannot be opened answers UNAVAILABLE (retryable).
    return handler(event, caller, deps);
  };
}

let autoPauseWarned = false;

/**
 * The entry of the function that receives WeChat's message push (云开发 → 消息推送 → 云函数).
 * Whether the call is a push or a shopper's callFunction is decided from the trusted context
 * (see push-origin.ts). WeChat's contract for a push is the answer `success`: a handled or
 * ignored push answers it; a refusal or failure answers the typed error instead, which is
 * not `success`, so WeChat may deliver the push again (a store that was down, say).
 */
export function wechatPushMain(handler: PushHandler) {
  return async (event: unknown): Promise<'success' | FunctionResult<unknown>> => {
    initCloud();
    const origin = pushOriginOf(cloud.getWXContext(), event);
    const { setting, warning } = parseAutoPause(process.env.FISSION_AUTO_PAUSE);
    if (warning && !autoPauseWarned) {
      console.warn(`[push] ${warning}`);
      autoPauseWarned = true;
    }
    const result = await handler(event, origin, deps, { autoPause: setting });
    return result.ok ? 'success' : result;
  };
}
