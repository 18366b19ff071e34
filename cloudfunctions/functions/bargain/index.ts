import { wechatMain } from '../../wechat/wechat-main';
import { bargainFunction } from './handler';

export const main = wechatMain(bargainFunction);
