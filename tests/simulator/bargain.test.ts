import type { BargainView } from '../../cloudfunctions/contracts/bargain';
import { aBargainView, friend, refusedFriend } from '../support/ui/help-builders';
import { waitFor } from './support/load-weapp';
import { INVITE_SHARE, stubServer } from './support/stub-server';
import { stubWx } from './support/stub-wx';
import { usePage } from './support/use-page';

const ID = 'brg_0000000000000001';

// The server behind the page: whatever each action should answer in this test.
let bargain: BargainView | undefined;
let helpAnswer: unknown;
const server = stubServer({
  'bargain.get': () => bargain && { ok: true, data: { bargain } },
  'bargain.help': () => helpAnswer,
  'invite.share': () => INVITE_SHARE,
});
stubWx(['redirectTo']);
const { open, textOf } = usePage('pages/bargain/index');

beforeEach(() => {
  bargain = undefined;
  helpAnswer = undefined;
});

describe('bargain page (real weapp build): bargain.get drives the view, a tap helps', () => {
  test('the initiator sees price, progress, helpers and the share button', async () => {
    bargain = aBargainView({ helpsDone: 3 });

    open({ bargainId: ID });

    await waitFor(() => expect(textOf('.bargain-summary__current')).toBe('¥39'));
    expect(textOf('.bargain-summary__cut')).toBe('已砍 ¥60，还差 ¥38');
    expect(textOf('.bargain-summary__next')).toBe('下一刀 ¥10');
    expect(textOf('.helper-list')).toContain('砍掉 ¥18');
    expect(textOf('.share-button')).toBe('邀请好友帮砍');
    await waitFor(() => expect(server.routes()).toContain('invite.share'));
  });

  test('a friend taps 帮 TA 砍一刀 and sees the cut at once, then 我也要 ¥1 拿', async () => {
    bargain = aBargainView({ viewer: friend, helpsDone: 3 });
    helpAnswer = {
      ok: true,
      data: {
        cutFen: 2340,
        bargain: aBargainView({
          viewer: refusedFriend('ALREADY_HELPED'),
          helpsDone: 4,
          currentFen: 1560,
        }),
      },
    };

    const page = open({ bargainId: ID });
    await waitFor(() => expect(textOf('.help-button')).toBe('帮 TA 砍一刀'));
    expect(textOf('.bargain-summary__heading')).toBe('王* 正在砍价，帮 TA 砍一刀');

    page.find('.help-button')?.dispatchEvent('tap');

    await waitFor(() => expect(textOf('.friend-help__result-title')).toBe('你帮好友砍掉 ¥23.40'));
    expect(textOf('.bargain-summary__current')).toBe('¥15.60');
    expect(textOf('.friend-help__start')).toBe('我也要 ¥1 拿');
    expect(page.find('.help-button')).toBeUndefined();
    expect(server.calls.filter((call) => call.data.action === 'help')).toEqual([
      { name: 'bargain', data: { action: 'help', bargainId: ID } },
    ]);
  });

  test('a refused friend sees why on the button, and the start-own button', async () => {
    bargain = aBargainView({ viewer: refusedFriend('HELP_LIMIT') });

    open({ bargainId: ID });

    await waitFor(() => expect(textOf('.help-button')).toBe('你今天的帮砍次数已用完，明天再来吧'));
    expect(textOf('.friend-help__start')).toBe('我也要 ¥1 拿');
  });

  test('a help refused on the server says so', async () => {
    bargain = aBargainView({ viewer: friend });
    helpAnswer = { ok: false, error: { code: 'ALREADY_HELPED', message: 'x' } };

    const page = open({ bargainId: ID });
    await waitFor(() => expect(textOf('.help-button')).toBe('帮 TA 砍一刀'));
    page.find('.help-button')?.dispatchEvent('tap');

    await waitFor(() => expect(textOf('.refusal-notice')).toBe('你已经帮过 TA 了'));
  });
});
