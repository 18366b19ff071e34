/// <reference types="@tarojs/taro" />

declare namespace NodeJS {
  interface ProcessEnv {
    /** Build target, inlined by Taro so the other platform's branch is dead code. */
    TARO_ENV?: 'weapp' | 'h5';
    /** WeChat Cloud environment id, inlined from config `env`; empty means the default one. */
    TARO_APP_CLOUD_ENV?: string;
    TARO_APP_SUBSCRIBE_TEMPLATE_ID?: string;
  }
}
