import { wechatMain } from '../../wechat/wechat-main';
import { inviteFunction } from './handler';

export const main = wechatMain(inviteFunction);
