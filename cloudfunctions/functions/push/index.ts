import { wechatPushMain } from '../../wechat/wechat-main';
import { pushFunction } from './handler';

export const main = wechatPushMain(pushFunction);
