import { wechatMain } from '../../wechat/wechat-main';
import { orderFunction } from './handler';

export const main = wechatMain(orderFunction);
