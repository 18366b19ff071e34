import { wechatMain } from '../../wechat/wechat-main';
import { campaignFunction } from './handler';

export const main = wechatMain(campaignFunction);
