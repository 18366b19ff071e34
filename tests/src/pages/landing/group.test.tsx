import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { CampaignView } from '../../../../cloudfunctions/contracts/campaign';
import type { GroupView } from '../../../../cloudfunctions/contracts/group';
import type { InviteVisitResult } from '../../../../cloudfunctions/contracts/invite';
import LandingPage from '../../../../src/pages/landing';
import { getCampaign } from '../../../../src/services/campaign';
import { getGroup, myGroups, openGroup } from '../../../../src/services/group';
import { visitOnce } from '../../../../src/services/launch';
import {
  aBargainCampaign,
  aCampaignView,
  aGroupCampaign,
} from '../../../support/ui/campaign-builders';
import {
  GROUP_ID,
  aGroupView,
  heldSeat,
  paidSeat,
  refusedViewer,
} from '../../../support/ui/group-builders';
import { SERVER_NOW } from '../../../support/ui/help-builders';
import { aVisit, ok, resetMocks } from '../../../support/ui/page-helpers';
import { firePageScroll, setNodeRect, setRouter } from '../../../support/ui/taro';

jest.mock('../../../../src/services/campaign');
jest.mock('../../../../src/services/group');
jest.mock('../../../../src/services/launch', () => ({
  ...jest.requireActual('../../../../src/services/launch'),
  visitOnce: jest.fn(),
}));

const TOKEN = '3kTz9QwL0aBc';

const services = {
  getCampaign: jest.mocked(getCampaign),
  getGroup: jest.mocked(getGroup),
  myGroups: jest.mocked(myGroups),
  openGroup: jest.mocked(openGroup),
  visitOnce: jest.mocked(visitOnce),
};

function serve(campaign: CampaignView) {
  services.getCampaign.mockResolvedValue(ok({ campaign }));
}

function visited(visit: Partial<InviteVisitResult> = {}) {
  services.visitOnce.mockResolvedValue(aVisit('demo-group', visit));
}

function mine(...groups: GroupView[]) {
  services.myGroups.mockResolvedValue(ok({ groups }));
}

beforeEach(() => {
  resetMocks(services);
  setRouter({ campaignId: 'demo-group' });
  visited();
  mine();
  serve(aCampaignView(aGroupCampaign()));
});

describe('landing, group campaign: the offer and the CTA', () => {
  test('group price, original, N 人成团, and what happens when short', async () => {
    render(<LandingPage />);

    const offer = await screen.findByTestId('landing-offer');
    for (const text of ['保温杯', '拼团价', '¥49', '3 人成团，每人 ¥49']) {
      expect(offer).toHaveTextContent(text);
    }
    expect(within(offer).getByTestId('landing-original-price')).toHaveTextContent('¥99');
    expect(within(offer).getByTestId('landing-group-on-short')).toHaveTextContent(
      '到期未满员将自动退款',
    );
    expect(screen.getByTestId('landing-cta')).toHaveTextContent('发起拼团');
  });

  test('a campaign that completes short says so before anyone pays', async () => {
    serve(
      aCampaignView(
        aGroupCampaign({
          group: { ...aGroupCampaign().group, onShort: 'complete' },
        }),
      ),
    );

    render(<LandingPage />);

    expect(await screen.findByTestId('landing-group-on-short')).toHaveTextContent(
      '到期未满员也按已付款人数成团',
    );
  });

  test('发起拼团 → group.open, then the new group’s page', async () => {
    services.openGroup.mockResolvedValue(
      ok({ group: aGroupView({ paid: 0, viewer: heldSeat({ isLeader: true }) }), created: true }),
    );
    render(<LandingPage />);

    fireEvent.click(await screen.findByTestId('landing-cta'));

    await waitFor(() =>
      expect(Taro.navigateTo).toHaveBeenCalledWith({
        url: `/pages/group/index?groupId=${GROUP_ID}`,
      }),
    );
    expect(services.openGroup).toHaveBeenCalledWith('demo-group');
  });

  test('a refused open is a toast, and nothing opens', async () => {
    services.openGroup.mockResolvedValue({
      ok: false,
      error: { code: 'START_LIMIT', message: 'x' },
    });
    render(<LandingPage />);

    fireEvent.click(await screen.findByTestId('landing-cta'));

    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith({ title: '你已发起过本活动', icon: 'none' }),
    );
    expect(Taro.navigateTo).not.toHaveBeenCalled();
  });

  test('the sticky bar: ¥49 拼, the size and the original price', async () => {
    serve(
      aCampaignView(
        aGroupCampaign({
          landing: { layout: 'long', sections: [{ type: 'hook' }, { type: 'cta' }] },
        }),
      ),
    );
    setNodeRect('.hook-section__actions', { top: 400, bottom: 460 });
    render(<LandingPage />);
    await screen.findByTestId('landing-cta');

    act(() => firePageScroll(600));

    const bar = await screen.findByTestId('landing-action-bar');
    expect(bar).toHaveTextContent('¥49 拼');
    expect(bar).toHaveTextContent('3人团 · 原价 ¥99');
    expect(screen.getByTestId('landing-action-bar-cta')).toHaveTextContent('发起拼团');
  });
});

describe('landing, group campaign: the visitor’s own open group under the hook', () => {
  test('paid and waiting: 你的拼团还差 N 人成团 → 去邀请 opens it', async () => {
    mine(
      aGroupView({ id: 'grp_000000000000000A', status: 'failed', viewer: paidSeat() }),
      aGroupView({ paid: 1, viewer: paidSeat({ isLeader: true }) }),
    );

    render(<LandingPage />);

    const block = await screen.findByTestId('landing-group');
    expect(within(block).getByTestId('landing-group-title')).toHaveTextContent(
      '你的拼团还差 2 人成团',
    );
    expect(within(block).getAllByTestId('group-member')).toHaveLength(1);
    expect(within(block).getAllByTestId('group-empty-seat')).toHaveLength(2);
    expect(services.myGroups).toHaveBeenCalledWith('demo-group');
    const go = within(block).getByTestId('landing-group-go');
    expect(go).toHaveTextContent('去邀请');
    fireEvent.click(go);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/pages/group/index?groupId=${GROUP_ID}` });
  });

  test('a seat still to pay for: 去支付', async () => {
    mine(aGroupView({ paid: 0, viewer: heldSeat({ isLeader: true }) }));

    render(<LandingPage />);

    expect(await screen.findByTestId('landing-group-go')).toHaveTextContent('去支付');
    expect(screen.getByTestId('landing-group-title')).toHaveTextContent('你的拼团还差 3 人成团');
  });

  test('the block sits right after the hook', async () => {
    mine(aGroupView({ viewer: paidSeat() }));
    serve(
      aCampaignView(
        aGroupCampaign({
          landing: { layout: 'long', sections: [{ type: 'hook' }, { type: 'cta' }] },
        }),
      ),
    );

    render(<LandingPage />);

    const block = await screen.findByTestId('landing-group');
    expect(block.previousElementSibling).toBe(screen.getByTestId('landing-hook'));
    expect(block.nextElementSibling).toBe(screen.getByTestId('landing-cta-section'));
  });

  test.each([
    { label: 'no group at all', groups: [] },
    {
      label: 'only settled ones',
      groups: [aGroupView({ status: 'completed', paid: 3, viewer: paidSeat() })],
    },
  ])('$label: no block', async ({ groups }) => {
    mine(...groups);

    render(<LandingPage />);

    await screen.findByTestId('landing-cta');
    await waitFor(() => expect(services.myGroups).toHaveBeenCalled());
    expect(screen.queryByTestId('landing-group')).not.toBeInTheDocument();
  });

  test('a failed group.mine costs the block, not the page', async () => {
    services.myGroups.mockResolvedValue({
      ok: false,
      error: { code: 'INTERNAL', message: 'x' },
    });

    render(<LandingPage />);

    expect(await screen.findByTestId('landing-cta')).toHaveTextContent('发起拼团');
    await waitFor(() => expect(services.myGroups).toHaveBeenCalled());
    expect(screen.queryByTestId('landing-group')).not.toBeInTheDocument();
  });

  test('other kinds of campaign ask for no group', async () => {
    serve(aCampaignView(aBargainCampaign()));
    setRouter({ campaignId: 'demo-bargain' });

    render(<LandingPage />);

    await screen.findByTestId('landing-cta');
    expect(services.myGroups).not.toHaveBeenCalled();
    expect(services.getGroup).not.toHaveBeenCalled();
  });
});

describe('landing: a code shared for a group stays here and shows that group', () => {
  beforeEach(() => {
    setRouter({ scene: encodeURIComponent(TOKEN) });
    visited({ subject: { kind: 'group', id: GROUP_ID } });
  });

  test('no redirect; 还差 N 人成团, the countdown, the members, 参与拼团 with the token', async () => {
    jest.useFakeTimers({ now: new Date(SERVER_NOW) });
    services.getGroup.mockResolvedValue(ok({ group: aGroupView({ paid: 1, holding: 1 }) }));

    render(<LandingPage />);

    const block = await screen.findByTestId('landing-group');
    expect(within(block).getByTestId('landing-group-title')).toHaveTextContent(
      '王* 的拼团，还差 2 人成团',
    );
    expect(block).toHaveTextContent('1 人正在支付');
    expect(within(block).getByTestId('countdown')).toHaveTextContent('距拼团结束还剩 02:00:00');
    expect(within(block).getAllByTestId('group-member')).toHaveLength(1);
    expect(Taro.redirectTo).not.toHaveBeenCalled();
    expect(services.getGroup).toHaveBeenCalledWith(GROUP_ID);
    // The shared group is the one shown, not the visitor's own.
    expect(services.myGroups).not.toHaveBeenCalled();

    const go = within(block).getByTestId('landing-group-go');
    expect(go).toHaveTextContent('参与拼团');
    fireEvent.click(go);
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/pages/group/index?groupId=${GROUP_ID}&token=${TOKEN}`,
    });
  });

  test('a group that can no longer be joined: 查看拼团', async () => {
    services.getGroup.mockResolvedValue(
      ok({ group: aGroupView({ paid: 2, holding: 1, viewer: refusedViewer('GROUP_FULL') }) }),
    );

    render(<LandingPage />);

    expect(await screen.findByTestId('landing-group-go')).toHaveTextContent('查看拼团');
  });

  test('a settled group says how it ended', async () => {
    services.getGroup.mockResolvedValue(
      ok({ group: aGroupView({ status: 'completed', paid: 3, viewer: refusedViewer('CLOSED') }) }),
    );

    render(<LandingPage />);

    expect(await screen.findByTestId('landing-group-title')).toHaveTextContent(
      '王* 的拼团，已成团',
    );
    expect(within(screen.getByTestId('landing-group')).queryByTestId('countdown')).toBeNull();
  });

  test('the visitor’s own group, shared back to them: 你的拼团…', async () => {
    services.getGroup.mockResolvedValue(ok({ group: aGroupView({ viewer: paidSeat() }) }));

    render(<LandingPage />);

    expect(await screen.findByTestId('landing-group-title')).toHaveTextContent(
      '你的拼团还差 2 人成团',
    );
    expect(screen.getByTestId('landing-group-go')).toHaveTextContent('去邀请');
  });
});
