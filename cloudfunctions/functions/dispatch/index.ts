import { dispatchMain } from '../../wechat/wechat-dispatch';

/** Timer-triggered (config.json); not callable by shoppers. See wechat-dispatch.ts. */
export const main = dispatchMain;
