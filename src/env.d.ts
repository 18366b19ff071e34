/// <reference types="@tarojs/taro" />

/**
 * The client has no Node: `process.env.X` below is replaced at build time by Taro (webpack's
 * DefinePlugin), so only these names exist. The client's own typecheck
 * (`tsconfig.client.json`) has no Node types — `types/client/process.d.ts` declares only this
 * `process` — so any other use of Node fails to compile.
 */
interface FissionClientEnv {
  /** Build target, inlined by Taro so the other platform's branch is dead code. */
  TARO_ENV?: 'weapp' | 'h5';
  /** WeChat Cloud environment id, inlined from config `env`; empty means the default one. */
  TARO_APP_CLOUD_ENV?: string;
  TARO_APP_SUBSCRIBE_TEMPLATE_ID?: string;
}

// With Node's types in view (tests, the whole-project check) this merges into ProcessEnv.
declare namespace NodeJS {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ProcessEnv extends FissionClientEnv {}
}
