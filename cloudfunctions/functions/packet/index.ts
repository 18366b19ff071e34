import { wechatMain } from '../../wechat/wechat-main';
import { packetFunction } from './handler';

export const main = wechatMain(packetFunction);
