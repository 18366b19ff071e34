import { wechatMain } from '../../wechat/wechat-main';
import { circleFunction } from './handler';

export const main = wechatMain(circleFunction);
