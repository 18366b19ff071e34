import { wechatMain } from '../../wechat/wechat-main';
import { groupFunction } from './handler';

export const main = wechatMain(groupFunction);
