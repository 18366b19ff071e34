import { wechatMain } from '../../wechat/wechat-main';
import { couponFunction } from './handler';

export const main = wechatMain(couponFunction);
