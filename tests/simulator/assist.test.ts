import type { AssistView } from '../../cloudfunctions/contracts/assist';
import { aCouponView } from '../support/ui/coupon-builders';
import { anAssistView, friend, refusedFriend } from '../support/ui/help-builders';
import { waitFor } from './support/load-weapp';
import { INVITE_SHARE, stubServer } from './support/stub-server';
import { usePage } from './support/use-page';

const ID = 'ast_0000000000000001';

let assist: AssistView | undefined;
let helpAnswer: unknown;
const server = stubServer({
  'assist.get': () => assist && { ok: true, data: { assist } },
  'assist.help': () => helpAnswer,
  'invite.share': () => INVITE_SHARE,
});
const { open, textOf } = usePage('pages/assist/index');

beforeEach(() => {
  assist = undefined;
  helpAnswer = undefined;
});

describe('assist page (real weapp build): assist.get drives the view, a tap helps', () => {
  test('the initiator sees helps so far, helps needed and the reward promised', async () => {
    assist = anAssistView({ helpsDone: 2 });

    open({ assistId: ID });

    await waitFor(() =>
      expect(textOf('.assist-summary__left')).toBe('已有 2 位好友助力，还差 3 位'),
    );
    await waitFor(() =>
      expect(textOf('.assist-summary__promise')).toBe('集满 5 位好友助力，得 ¥20\u2009券'),
    );
    expect(textOf('.share-button')).toBe('邀请好友助力');
  });

  test('a friend taps 帮 TA 助力: 助力成功 and their own ¥3 coupon', async () => {
    assist = anAssistView({ viewer: friend, helpsDone: 2 });
    helpAnswer = {
      ok: true,
      data: {
        assist: anAssistView({ viewer: refusedFriend('ALREADY_HELPED'), helpsDone: 3 }),
        helperReward: {
          ok: true,
          coupon: aCouponView({ title: '¥3 助力感谢券', valueFen: 300, minSpendFen: 0 }),
        },
      },
    };

    const page = open({ assistId: ID });
    await waitFor(() => expect(textOf('.help-button')).toBe('帮 TA 助力'));

    page.find('.help-button')?.dispatchEvent('tap');

    await waitFor(() => expect(textOf('.friend-assist__result-title')).toBe('助力成功'));
    expect(textOf('.friend-assist__result-note')).toBe('你获得了 ¥3\u2009券');
    expect(textOf('.assist-summary__left')).toBe('已有 3 位好友助力，还差 2 位');
    expect(textOf('.friend-assist__start')).toBe('我也要领 ¥20\u2009券');
    expect(server.calls.filter((call) => call.data.action === 'help')).toEqual([
      { name: 'assist', data: { action: 'help', assistId: ID } },
    ]);
  });

  test('助力成功 without a coupon (CLAIM_LIMIT): the note says why', async () => {
    assist = anAssistView({ viewer: friend });
    helpAnswer = {
      ok: true,
      data: {
        assist: anAssistView({ viewer: refusedFriend('ALREADY_HELPED'), helpsDone: 3 }),
        helperReward: { ok: false, code: 'CLAIM_LIMIT' },
      },
    };

    const page = open({ assistId: ID });
    await waitFor(() => expect(textOf('.help-button')).toBe('帮 TA 助力'));
    page.find('.help-button')?.dispatchEvent('tap');

    await waitFor(() =>
      expect(textOf('.friend-assist__result-note')).toBe('你的助力感谢券已达领取上限，本次未发券'),
    );
  });
});
