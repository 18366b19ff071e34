import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { CampaignView } from '../../../../cloudfunctions/contracts/campaign';
import type { InviteVisitResult } from '../../../../cloudfunctions/contracts/invite';
import LandingPage from '../../../../src/pages/landing';
import { getCampaign } from '../../../../src/services/campaign';
import { launchToken, visitOnce } from '../../../../src/services/launch';
import { aVisit, answerLater, ok, switchPersona } from '../../../support/ui/page-helpers';
import Taro, { firePageScroll, setNodeRect, setRouter } from '../../../support/ui/taro';
import {
  aBargainCampaign,
  aCampaignView,
  anAssistCampaign,
  proofSection,
} from '../../../support/ui/campaign-builders';

jest.mock('../../../../src/services/campaign');
jest.mock('../../../../src/services/launch', () => ({
  ...jest.requireActual('../../../../src/services/launch'),
  visitOnce: jest.fn(),
}));

const getCampaignMock = jest.mocked(getCampaign);
const visitMock = jest.mocked(visitOnce);
const TOKEN = '3kTz9QwL0aBc';

function serve(campaign: CampaignView) {
  getCampaignMock.mockResolvedValue(ok({ campaign }));
}

function visited(visit: Partial<InviteVisitResult> = {}) {
  visitMock.mockResolvedValue(aVisit('demo-bargain', visit));
}

beforeEach(() => {
  getCampaignMock.mockReset();
  visitMock.mockReset();
  visited();
});

describe('landing: which campaign loads, and the arrival recorded once', () => {
  test.each([
    {
      label: 'a poster code shared for a bargain',
      subject: { kind: 'bargain', id: 'brg_AAAAAAAAAAAAAAAA' },
    },
    {
      label: 'a poster code shared for an assist',
      subject: { kind: 'assist', id: 'ast_AAAAAAAAAAAAAAAA' },
    },
    {
      label: 'a poster code shared for a packet of coupons',
      subject: { kind: 'packet', id: 'pkt_AAAAAAAAAAAAAAAA' },
    },
  ] as const)('$label forwards the friend to it, token kept', async ({ subject }) => {
    setRouter({ scene: encodeURIComponent(TOKEN) });
    visited({ campaignId: 'demo-assist', subject });
    serve(aCampaignView(anAssistCampaign()));
    render(<LandingPage />);
    await waitFor(() =>
      expect(Taro.redirectTo).toHaveBeenCalledWith({
        url: `/pages/${subject.kind}/index?${subject.kind}Id=${subject.id}&token=${TOKEN}`,
      }),
    );
  });

  test('a plain campaign card does not forward', async () => {
    setRouter({ campaignId: 'demo-assist', token: TOKEN });
    visited({ campaignId: 'demo-assist' });
    serve(aCampaignView(anAssistCampaign()));
    render(<LandingPage />);
    expect(await screen.findByTestId('landing-title')).toBeInTheDocument();
    expect(Taro.redirectTo).not.toHaveBeenCalled();
  });

  test('shows 加载中… until the campaign arrives', async () => {
    const answer = answerLater(getCampaignMock);

    render(<LandingPage />);

    expect(screen.getByTestId('page-loading')).toHaveTextContent('加载中…');
    act(() => answer(ok({ campaign: aCampaignView(aBargainCampaign()) })));
    expect(await screen.findByTestId('landing-title')).toBeInTheDocument();
    expect(screen.queryByTestId('page-loading')).not.toBeInTheDocument();
  });

  test.each([
    {
      label: 'campaignId from the query',
      params: { campaignId: 'demo-assist' },
      visitedWith: 'demo-assist',
      token: null,
      requested: 'demo-assist',
    },
    {
      label: 'a share card: campaignId and token',
      params: { campaignId: 'demo-assist', token: TOKEN },
      visitedWith: 'demo-assist',
      token: TOKEN,
      requested: 'demo-assist',
    },
    {
      label: 'a QR code: only the scene → the campaign the visit names',
      params: { scene: encodeURIComponent(TOKEN) },
      visitedWith: undefined,
      token: TOKEN,
      requested: 'demo-assist',
    },
    {
      label: 'a bare launch → the demo bargain',
      params: {},
      visitedWith: 'demo-bargain',
      token: null,
      requested: 'demo-bargain',
    },
  ])('$label', async ({ params, visitedWith, token, requested }) => {
    setRouter(params);
    visited({ campaignId: 'demo-assist' });
    serve(aCampaignView(anAssistCampaign()));

    render(<LandingPage />);

    await screen.findByTestId('landing-title');
    expect(visitMock).toHaveBeenCalledTimes(1);
    const [campaignId, query] = visitMock.mock.calls[0]!;
    expect(campaignId).toBe(visitedWith);
    expect(launchToken(query)).toBe(token);
    expect(getCampaignMock.mock.calls).toEqual([[requested, { preview: false }]]);
  });

  test('the visit is not repeated when the friend banner arrives and the page re-renders', async () => {
    setRouter({ campaignId: 'demo-bargain', token: TOKEN });
    visited({ invitedBy: { name: '张**', bought: true } });
    serve(aCampaignView(aBargainCampaign()));

    render(<LandingPage />);

    expect(await screen.findByTestId('landing-invited-by')).toBeInTheDocument();
    expect(visitMock).toHaveBeenCalledTimes(1);
  });

  test('a merchant preview asks for the draft', async () => {
    setRouter({ campaignId: 'demo-bargain', preview: '1' });
    serve(aCampaignView(aBargainCampaign(), { status: 'draft' }));

    render(<LandingPage />);

    expect(await screen.findByTestId('landing-notice')).toHaveTextContent('预览：活动尚未上线');
    expect(getCampaignMock).toHaveBeenCalledWith('demo-bargain', { preview: true });
    expect(screen.getByTestId('landing-cta')).toBeDisabled();
  });
});

describe('landing: a failed load says why and can be retried', () => {
  test.each([
    { label: 'typed error', code: 'NOT_FOUND' as const, shown: '活动不存在或已下线' },
    { label: 'network failure', code: 'INTERNAL' as const, shown: '网络异常，请稍后重试' },
  ])('$label → message, then 重新加载 loads it', async ({ code, shown }) => {
    getCampaignMock.mockResolvedValueOnce({ ok: false, error: { code, message: 'x' } });
    serve(aCampaignView(aBargainCampaign()));

    render(<LandingPage />);

    expect(await screen.findByTestId('page-error')).toHaveTextContent(shown);
    expect(screen.queryByTestId('landing-title')).not.toBeInTheDocument();
    fireEvent.click(screen.getByText('重新加载'));
    expect(await screen.findByTestId('landing-title')).toHaveTextContent('好友帮砍');
    expect(getCampaignMock).toHaveBeenCalledTimes(2);
  });

  test('a QR launch whose visit fails cannot know the campaign: error, and retry visits again', async () => {
    setRouter({ scene: TOKEN });
    visitMock.mockResolvedValueOnce({ ok: false, error: { code: 'NOT_FOUND', message: 'x' } });
    serve(aCampaignView(aBargainCampaign()));

    render(<LandingPage />);

    expect(await screen.findByTestId('page-error')).toHaveTextContent('活动不存在或已下线');
    expect(getCampaignMock).not.toHaveBeenCalled();
    fireEvent.click(screen.getByText('重新加载'));
    expect(await screen.findByTestId('landing-title')).toBeInTheDocument();
    expect(visitMock).toHaveBeenCalledTimes(2);
  });

  test('with a campaignId a failed visit costs only the friend banner', async () => {
    setRouter({ campaignId: 'demo-bargain', token: TOKEN });
    visitMock.mockResolvedValue({ ok: false, error: { code: 'INTERNAL', message: 'x' } });
    serve(aCampaignView(aBargainCampaign()));

    render(<LandingPage />);

    expect(await screen.findByTestId('landing-cta')).toBeEnabled();
    expect(screen.queryByTestId('landing-invited-by')).not.toBeInTheDocument();
  });
});

describe('landing: an ended campaign shows its offer with the CTA disabled', () => {
  const sections = [{ type: 'hook' as const }, proofSection, { type: 'cta' as const }];

  test.each([
    { label: 'status ended', status: 'ended' as const, endsAt: undefined },
    {
      label: 'live, but the server clock is past endsAt',
      status: 'live' as const,
      endsAt: '2026-11-23T07:59:59.000Z',
    },
  ])('$label', async ({ status, endsAt }) => {
    serve(
      aCampaignView(aBargainCampaign({ endsAt, landing: { layout: 'long', sections } }), {
        status,
      }),
    );

    render(<LandingPage />);

    expect(await screen.findByTestId('landing-notice')).toHaveTextContent('活动已结束');
    expect(screen.getByTestId('landing-offer')).toHaveTextContent('10 位好友帮砍即可 ¥1 拿');
    expect(screen.getByTestId('landing-cta')).toBeDisabled();
    expect(screen.getByTestId('landing-cta-again')).toBeDisabled();
  });

  test('a paused campaign says so and why, with the offer shown and the CTA disabled', async () => {
    serve(
      aCampaignView(aBargainCampaign({ landing: { layout: 'long', sections } }), {
        status: 'paused',
      }),
    );

    render(<LandingPage />);

    expect(await screen.findByTestId('landing-notice')).toHaveTextContent('活动暂停中');
    expect(screen.getByTestId('landing-notice')).toHaveTextContent(
      '已发起的砍价、助力和拼团照常进行',
    );
    expect(screen.getByTestId('landing-offer')).toHaveTextContent('10 位好友帮砍即可 ¥1 拿');
    expect(screen.getByTestId('landing-cta')).toBeDisabled();
  });

  test('reaching endsAt while the page is open disables the CTA', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-23T08:00:00.000Z') });
    const config = aBargainCampaign({ endsAt: '2026-11-23T08:01:00.000Z' });
    serve(aCampaignView(config, { serverNow: '2026-11-23T08:00:00.000Z' }));

    render(<LandingPage />);

    expect(await screen.findByTestId('landing-cta')).toBeEnabled();
    act(() => {
      jest.advanceTimersByTime(60_000);
    });
    expect(screen.getByTestId('landing-cta')).toBeDisabled();
    expect(screen.getByTestId('landing-notice')).toHaveTextContent('活动已结束');
  });
});

describe('landing: sections follow the config', () => {
  function order(...testIds: string[]): boolean {
    const nodes = testIds.map((id) => screen.getByTestId(id));
    return nodes.every(
      (node, i) =>
        i === 0 || nodes[i - 1]!.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
  }

  test('reordered: cta, hook, proof', async () => {
    const landing = {
      layout: 'long' as const,
      sections: [{ type: 'cta' as const }, { type: 'hook' as const }, proofSection],
    };
    serve(aCampaignView(aBargainCampaign({ landing })));

    render(<LandingPage />);

    await screen.findByTestId('landing-title');
    expect(order('landing-cta-section', 'landing-title', 'landing-proof')).toBeTruthy();
  });

  test('repeated: a proof before and after the CTA', async () => {
    const landing = {
      layout: 'long' as const,
      sections: [{ type: 'hook' as const }, proofSection, { type: 'cta' as const }, proofSection],
    };
    serve(aCampaignView(aBargainCampaign({ landing })));

    render(<LandingPage />);

    await screen.findByTestId('landing-title');
    expect(screen.getAllByTestId('landing-proof')).toHaveLength(2);
  });

  test('single layout: one screen with the hook and its CTA, nothing else', async () => {
    const landing = {
      layout: 'single' as const,
      sections: [{ type: 'hook' as const }, proofSection, { type: 'cta' as const }],
    };
    serve(aCampaignView(aBargainCampaign({ landing })));

    render(<LandingPage />);

    expect(await screen.findByTestId('landing-cta')).toBeInTheDocument();
    expect(screen.queryByTestId('landing-proof')).not.toBeInTheDocument();
    expect(screen.queryByTestId('landing-cta-section')).not.toBeInTheDocument();
  });

  test('no sections at all → the hook', async () => {
    serve(aCampaignView(aBargainCampaign({ landing: { layout: 'long', sections: [] } })));

    render(<LandingPage />);

    expect(await screen.findByTestId('landing-cta')).toHaveTextContent('发起砍价');
  });
});

describe('landing: the friend who invited is shown once', () => {
  test.each([
    {
      label: 'by the proof section when there is one',
      sections: [{ type: 'hook' as const }, proofSection],
      holder: 'landing-proof',
    },
    {
      label: 'by the hook when there is none',
      sections: [{ type: 'hook' as const }],
      holder: 'landing-hook',
    },
  ])('$label', async ({ sections, holder }) => {
    setRouter({ campaignId: 'demo-bargain', token: TOKEN });
    visited({ invitedBy: { name: '张**', bought: true } });
    serve(aCampaignView(aBargainCampaign({ landing: { layout: 'long', sections } })));

    render(<LandingPage />);

    const banner = await screen.findByTestId('landing-invited-by');
    expect(screen.getAllByTestId('landing-invited-by')).toHaveLength(1);
    expect(banner).toHaveTextContent('好友 张** 邀请你');
    expect(banner).toHaveTextContent('TA 已购买');
    expect(within(screen.getByTestId(holder)).getByTestId('landing-invited-by')).toBe(banner);
  });
});

describe('landing: a sticky action bar once the hook’s button scrolls away (long pages)', () => {
  test('appears past the hook’s CTA and goes when scrolled back', async () => {
    const landing = {
      layout: 'long' as const,
      sections: [{ type: 'hook' as const }, proofSection, { type: 'cta' as const }],
    };
    serve(aCampaignView(aBargainCampaign({ landing })));
    setNodeRect('.hook-section__actions', { top: 400, bottom: 460 });
    render(<LandingPage />);
    await screen.findByTestId('landing-cta');
    expect(screen.queryByTestId('landing-action-bar')).not.toBeInTheDocument();

    act(() => firePageScroll(600));
    expect(await screen.findByTestId('landing-action-bar')).toHaveTextContent('¥1 拿');
    expect(screen.getByTestId('landing-action-bar-cta')).toHaveTextContent('发起砍价');

    act(() => firePageScroll(200));
    expect(screen.queryByTestId('landing-action-bar')).not.toBeInTheDocument();
  });

  test('a single-screen page never shows it', async () => {
    serve(
      aCampaignView(
        aBargainCampaign({ landing: { layout: 'single', sections: [{ type: 'hook' }] } }),
      ),
    );
    setNodeRect('.hook-section__actions', { top: 400, bottom: 460 });
    render(<LandingPage />);
    await screen.findByTestId('landing-cta');

    await act(async () => {
      firePageScroll(2000);
      await Promise.resolve();
    });

    expect(screen.queryByTestId('landing-action-bar')).not.toBeInTheDocument();
  });
});

describe('landing: switching persona (H5) reloads as the new person', () => {
  test('picking u3 loads the campaign and records the visit again', async () => {
    serve(aCampaignView(aBargainCampaign()));
    render(<LandingPage />);
    await screen.findByTestId('landing-title');

    switchPersona('u3');

    await waitFor(() => expect(getCampaignMock).toHaveBeenCalledTimes(2));
    // The visit is recorded once the reloaded campaign has drawn (use-landing's effect).
    await waitFor(() => expect(visitMock).toHaveBeenCalledTimes(2));
    expect(await screen.findByTestId('landing-title')).toBeInTheDocument();
  });
});
