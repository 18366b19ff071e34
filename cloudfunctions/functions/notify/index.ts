import { wechatMain } from '../../wechat/wechat-main';
import { notifyFunction } from './handler';

export const main = wechatMain(notifyFunction);
