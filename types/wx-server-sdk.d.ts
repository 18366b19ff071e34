// The subset of wx-server-sdk that the WeChat entry uses. The real package exists only in
// the WeChat Cloud runtime (it is external to every bundle); outside WeChat its calls reject
// with unhandled rejections, so nothing but cloudfunctions/wechat may import it.
declare module 'wx-server-sdk' {
  export const DYNAMIC_CURRENT_ENV: unique symbol;
  export function init(options?: { env?: string | typeof DYNAMIC_CURRENT_ENV }): void;
  export function getWXContext(): {
    OPENID?: string | number;
    APPID?: string | number;
    UNIONID?: string | number;
    CLIENTIP?: string;
    ENV?: string;
  };
  export const openapi: {
    wxacode: {
      getUnlimited(options: {
        scene: string;
        page?: string;
        checkPath?: boolean;
        width?: number;
      }): Promise<{ contentType: string; buffer: Buffer }>;
    };
    subscribeMessage: {
      send(options: {
        touser: string;
        templateId: string;
        page?: string;
        data: Record<string, { value: string }>;
        miniprogramState?: string;
      }): Promise<unknown>;
    };
  };
}
