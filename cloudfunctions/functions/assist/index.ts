import { wechatMain } from '../../wechat/wechat-main';
import { assistFunction } from './handler';

export const main = wechatMain(assistFunction);
