import campaigns from './001-campaigns.sql';
import coupons from './002-coupons.sql';
import bargains from './003-bargains.sql';
import assists from './004-assists.sql';
import invites from './005-invites.sql';
import groupsAndPackets from './006-groups-and-packets.sql';
import couponTermsAndLifecycle from './007-coupon-terms-and-lifecycle.sql';
import refusalsInStatements from './008-refusals-in-statements.sql';
import fcodes from './009-fcodes.sql';
import notifications from './010-notifications.sql';
import wechatNotices from './011-wechat-notices.sql';
import shoppingCircle from './012-shopping-circle.sql';

/** In order; never edit one that has shipped: add the next. */
export const migrations: { name: string; sql: string }[] = [
  { name: '001-campaigns', sql: campaigns },
  { name: '002-coupons', sql: coupons },
  { name: '003-bargains', sql: bargains },
  { name: '004-assists', sql: assists },
  { name: '005-invites', sql: invites },
  { name: '006-groups-and-packets', sql: groupsAndPackets },
  { name: '007-coupon-terms-and-lifecycle', sql: couponTermsAndLifecycle },
  { name: '008-refusals-in-statements', sql: refusalsInStatements },
  { name: '009-fcodes', sql: fcodes },
  { name: '010-notifications', sql: notifications },
  { name: '011-wechat-notices', sql: wechatNotices },
  { name: '012-shopping-circle', sql: shoppingCircle },
];
