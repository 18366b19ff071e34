import * as cloud from 'wx-server-sdk';
import {
  parseMerchants,
  systemClock,
  type Caller,
  type Deps,
  type WeChatApi,
} from '../functions/caller';
import type { FunctionHandler } from '../functions/define-function';
import type { FunctionResult } from '../contracts/result';
import { lazyStore } from '../store/lazy-store';

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
const deps: Deps = {
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
};

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
    if (!initialised) {
      cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
      initialised = true;
    }
    const caller = callerFromContext(
      cloud.getWXContext(),
      parseMerchants(process.env.FISSION_MERCHANTS),
    );
    // The handler never throws: a store that cannot be opened answers UNAVAILABLE (retryable).
    return handler(event, caller, deps);
  };
}
