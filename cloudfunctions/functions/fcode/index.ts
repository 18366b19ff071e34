import { wechatMain } from '../../wechat/wechat-main';
import { fcodeFunction } from './handler';

export const main = wechatMain(fcodeFunction);
