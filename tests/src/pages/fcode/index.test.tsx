import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import FcodePage from '../../../../src/pages/fcode';
import { launchCode } from '../../../../src/pages/fcode/launch-code';
import { acceptFcode, getFcode, joinWaitlist, lookupFcode } from '../../../../src/services/fcode';
import { shareInvite } from '../../../../src/services/invite';
import { visitOnce } from '../../../../src/services/launch';
import { payWithFcode } from '../../../../src/services/pay';
import {
  CODE,
  aLookup,
  anFcodeView,
  heldCode,
  reservedForMe,
} from '../../../support/ui/fcode-builders';
import { aVisit, fail, ok, resetMocks } from '../../../support/ui/page-helpers';
import { setRouter, shareHandler } from '../../../support/ui/taro';

jest.mock('../../../../src/services/fcode');
jest.mock('../../../../src/services/invite');
jest.mock('../../../../src/services/pay', () => ({
  ...jest.requireActual('../../../../src/services/pay'),
  payWithFcode: jest.fn(),
}));
jest.mock('../../../../src/services/launch', () => ({
  ...jest.requireActual('../../../../src/services/launch'),
  visitOnce: jest.fn(),
}));

const TOKEN = 'AbCdEfGh1234';

const services = {
  getFcode: jest.mocked(getFcode),
  lookupFcode: jest.mocked(lookupFcode),
  acceptFcode: jest.mocked(acceptFcode),
  joinWaitlist: jest.mocked(joinWaitlist),
  shareInvite: jest.mocked(shareInvite),
  payWithFcode: jest.mocked(payWithFcode),
  visitOnce: jest.mocked(visitOnce),
};

beforeEach(() => {
  resetMocks(services);
  services.shareInvite.mockResolvedValue(ok({ token: TOKEN, path: '/x' }));
  services.visitOnce.mockResolvedValue(aVisit('demo-fcode'));
});

describe('the code a page is opened with', () => {
  test.each([
    {
      label: 'a share card',
      query: { code: CODE, token: TOKEN },
      expected: { code: CODE, token: TOKEN },
    },
    {
      label: 'a poster’s scene',
      query: { scene: encodeURIComponent(`${CODE}.${TOKEN}`) },
      expected: { code: CODE, token: TOKEN },
    },
    {
      label: 'a scene with the code alone',
      query: { scene: CODE },
      expected: { code: CODE, token: null },
    },
    {
      label: 'a broken scene',
      query: { scene: '%E0%A4%A' },
      expected: { code: null, token: null },
    },
    { label: 'nothing', query: {}, expected: { code: null, token: null } },
  ])('$label', ({ query, expected }) => {
    expect(launchCode(query)).toEqual(expected);
  });
});

describe('a holder with codes', () => {
  test('sees the batch live, their codes with what happened, and shares one by its card', async () => {
    setRouter({ campaignId: 'demo-fcode' }, '/pages/fcode/index');
    services.getFcode.mockResolvedValue(
      ok({
        fcode: anFcodeView(
          {
            holding: [
              heldCode(),
              {
                ...heldCode('ME6XYASS3'),
                status: 'reserved',
                friend: 'u*',
                reservedUntil: '2026-03-02T02:00:00.000Z',
              },
              { ...heldCode('7MQ78T3AQ'), status: 'used', friend: 'u**' },
            ],
          },
          { waiting: 86 },
        ),
      }),
    );
    render(<FcodePage />);
    expect(await screen.findByTestId('fcode-batch-title')).toHaveTextContent('第一批共 30 个F码');
    expect(screen.getByTestId('fcode-batch-given')).toHaveTextContent('6');
    expect(screen.getByTestId('fcode-batch-waiting')).toHaveTextContent('86');
    const rows = screen.getAllByTestId('fcode-held-status').map((n) => n.textContent);
    expect(rows).toEqual(['未送出，点此分享', 'u* 已接受，待购买', 'u** 已凭码购买']);
    await waitFor(() => expect(services.shareInvite).toHaveBeenCalledWith('demo-fcode'));
    await waitFor(() =>
      expect(shareHandler()?.()).toEqual({
        title: '送你一个F码：钛杯 Ti-1 450ml 凭码 ¥199',
        path: `/pages/fcode/index?code=${CODE}&token=${TOKEN}`,
      }),
    );
  });
});

describe('a friend opening a shared code', () => {
  test('sees who sent it, accepts it, and may buy with it', async () => {
    setRouter({ code: CODE, token: TOKEN }, '/pages/fcode/index');
    services.lookupFcode.mockResolvedValue(ok({ lookup: aLookup('open') }));
    services.getFcode.mockResolvedValue(ok({ fcode: anFcodeView() }));
    services.acceptFcode.mockResolvedValue(
      ok({ fcode: anFcodeView({ mine: reservedForMe() }), accepted: true }),
    );
    services.payWithFcode.mockResolvedValue(fail('EXPIRED'));
    render(<FcodePage />);
    expect(await screen.findByTestId('fcode-friend-from')).toHaveTextContent('u* 送你一个F码');
    expect(screen.getByTestId('fcode-friend-code')).toHaveTextContent('AR9-CNS-9MB');
    fireEvent.click(screen.getByTestId('fcode-accept'));
    expect(await screen.findByTestId('fcode-mine-source')).toHaveTextContent('u* 送你的F码');
    // The visit (the share token) was recorded before the accept: the purchase credits the giver.
    expect(services.visitOnce).toHaveBeenCalledWith('demo-fcode', { token: TOKEN });
    expect(services.acceptFcode).toHaveBeenCalledWith(CODE);
    fireEvent.click(screen.getByTestId('fcode-buy'));
    await waitFor(() => expect(services.payWithFcode).toHaveBeenCalledWith('demo-fcode', CODE));
    expect(Taro.showToast).toHaveBeenCalledWith({ title: '已过期', icon: 'none' });
  });

  test('too late: the code is taken, and they join the waitlist with their true place', async () => {
    setRouter({ code: CODE }, '/pages/fcode/index');
    services.lookupFcode.mockResolvedValue(ok({ lookup: aLookup('taken') }));
    services.getFcode.mockResolvedValue(ok({ fcode: anFcodeView({}, { waiting: 86 }) }));
    services.joinWaitlist.mockResolvedValue(
      ok({
        fcode: anFcodeView(
          {
            waitlist: {
              status: 'waiting',
              ahead: 86,
              joinedAt: '2026-03-01T02:00:00.000Z',
              promotedAt: null,
            },
          },
          { waiting: 87 },
        ),
        joined: true,
      }),
    );
    render(<FcodePage />);
    expect(await screen.findByTestId('fcode-friend-state')).toHaveTextContent(
      '来晚了，这个F码已被其他朋友接受',
    );
    expect(screen.queryByTestId('fcode-accept')).toBeNull();
    fireEvent.click(screen.getByTestId('fcode-join'));
    expect(await screen.findByTestId('fcode-waitlist-position')).toHaveTextContent(
      '你前面还有 86 人',
    );
    expect(screen.getByTestId('fcode-batch-waiting')).toHaveTextContent('87');
    // Waiting, the person may ask to be told when their turn comes (one message per tap).
    expect(screen.getByTestId('subscribe-button')).toHaveTextContent('排到我时通知我');
  });

  test.each([
    { state: 'own' as const, text: '这是你自己的F码，分享给朋友吧' },
    { state: 'expired' as const, text: '这个F码没有及时传出，已进入排队名单' },
  ])('$state: $text', async ({ state, text }) => {
    setRouter({ code: CODE }, '/pages/fcode/index');
    services.lookupFcode.mockResolvedValue(ok({ lookup: aLookup(state) }));
    services.getFcode.mockResolvedValue(ok({ fcode: anFcodeView() }));
    render(<FcodePage />);
    expect(await screen.findByTestId('fcode-friend-state')).toHaveTextContent(text);
  });

  test('a mistyped code is an error with a retry, not a blank page', async () => {
    setRouter({ code: 'AR9CNS9MC' }, '/pages/fcode/index');
    services.lookupFcode.mockResolvedValue(fail('INVALID_INPUT'));
    render(<FcodePage />);
    expect(await screen.findByTestId('page-error')).toHaveTextContent('请求参数有误');
  });
});

describe('the waitlist', () => {
  test('promoted: the page says so, shows what they were told, and the code to buy with', async () => {
    setRouter({ campaignId: 'demo-fcode' }, '/pages/fcode/index');
    services.getFcode.mockResolvedValue(
      ok({
        fcode: anFcodeView({
          mine: reservedForMe('waitlist'),
          waitlist: {
            status: 'promoted',
            ahead: 0,
            joinedAt: '2026-03-01T02:00:00.000Z',
            promotedAt: '2026-03-04T02:00:00.000Z',
          },
          messages: [
            {
              type: 'fcode.promoted',
              payload: { campaignId: 'demo-fcode', code: CODE, batch: 1 },
              createdAt: '2026-03-04T02:00:00.000Z',
              deliveredAt: null,
            },
          ],
        }),
      }),
    );
    render(<FcodePage />);
    expect(await screen.findByTestId('fcode-waitlist-promoted')).toHaveTextContent(
      '排到你了！已为你保留一个F码',
    );
    expect(screen.getByTestId('fcode-mine-source')).toHaveTextContent('排队获得的F码');
    expect(screen.getByTestId('fcode-message')).toHaveTextContent('你排队的F码已发放（第1批）');
  });

  test('a batch given out in full says so', async () => {
    setRouter({ campaignId: 'demo-fcode' }, '/pages/fcode/index');
    const full = { ...anFcodeView().current!, givenOut: 30 };
    services.getFcode.mockResolvedValue(
      ok({ fcode: anFcodeView({}, { current: full, batches: [full] }) }),
    );
    render(<FcodePage />);
    expect(await screen.findByTestId('fcode-batch-soldout')).toHaveTextContent('本批F码已全部发出');
    expect(screen.getByTestId('fcode-join')).toHaveTextContent('排队等F码');
  });
});
