/**
 * A shopper can call any function of the environment, `push` included: the origin of a call
 * comes from the trusted context, never from what the event says about itself.
 */
import { pushOriginOf } from '../../../../cloudfunctions/functions/push/push-origin';
import { aPunishEvent } from '../../../support/builders/wechat-push';

const event = aPunishEvent({ FromUserName: 'o_wechat_platform' });

describe('a call is WeChat’s push only when the context names no client and no other user', () => {
  test.each([
    { label: 'a push with no OPENID and no SOURCE', context: {}, from: 'wechat' },
    {
      label: 'a push whose SOURCE is not a client',
      context: { SOURCE: 'wx_unknown' },
      from: 'wechat',
    },
    {
      label: 'a push whose OPENID is its own sender',
      context: { OPENID: 'o_wechat_platform' },
      from: 'wechat',
    },
    { label: 'an empty OPENID', context: { OPENID: '' }, from: 'wechat' },
    {
      label: 'a shopper from the mini-program',
      context: { OPENID: 'o_shopper', SOURCE: 'wx_client' },
      from: 'client',
    },
    {
      label: 'a shopper who forged FromUserName as their own openid',
      context: { OPENID: 'o_shopper', SOURCE: 'wx_client' },
      event: { ...event, FromUserName: 'o_shopper' },
      from: 'client',
    },
    {
      label: 'a call from the IDE',
      context: { OPENID: 'o_dev', SOURCE: 'wx_devtools' },
      from: 'client',
    },
    {
      label: 'a function a client called, calling push',
      context: { SOURCE: 'wx_client,scf' },
      from: 'client',
    },
    { label: 'a user OPENID without a SOURCE', context: { OPENID: 'o_shopper' }, from: 'client' },
    {
      label: 'a user OPENID on a non-object event',
      context: { OPENID: 'o_shopper' },
      event: 'x',
      from: 'client',
    },
  ])('$label → $from', ({ context, from, ...rest }) => {
    const origin = pushOriginOf(context, 'event' in rest ? rest.event : event);
    expect(origin.from).toBe(from);
  });
});
