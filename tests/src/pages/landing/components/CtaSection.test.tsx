import { act, fireEvent, render, screen } from '@testing-library/react';
import type { CampaignView } from '../../../../../cloudfunctions/contracts/campaign';
import type { CtaSection as CtaSectionConfig } from '../../../../../cloudfunctions/contracts/campaign-config';
import { CtaSection } from '../../../../../src/pages/landing/components/CtaSection';
import type { Availability } from '../../../../../src/pages/landing/use-availability';
import {
  aBargainCampaign,
  aCampaignView,
  aCouponCampaign,
} from '../../../../support/ui/campaign-builders';
import { aCta } from '../cta-state';

const SERVER_NOW = '2026-11-23T08:00:00.000Z';

function renderCta(
  campaign: CampaignView,
  section: CtaSectionConfig = { type: 'cta' },
  availability: Availability = 'open',
  cta = aCta(),
) {
  return render(
    <CtaSection campaign={campaign} section={section} cta={cta} availability={availability} />,
  );
}

describe('CtaSection: the CTA again', () => {
  test('the section’s ctaText, and a tap calls the page’s action', () => {
    const cta = aCta();
    renderCta(
      aCampaignView(aBargainCampaign()),
      { type: 'cta', ctaText: '我也要 ¥1 拿' },
      'open',
      cta,
    );

    fireEvent.click(screen.getByTestId('landing-cta-again'));

    expect(screen.getByTestId('landing-cta-again')).toHaveTextContent('我也要 ¥1 拿');
    expect(cta.onTap).toHaveBeenCalledTimes(1);
  });

  test('no button when the page puts the section right under the hook', () => {
    render(
      <CtaSection
        campaign={aCampaignView(aBargainCampaign({ rules: ['每人限 1 次。'] }))}
        section={{ type: 'cta' }}
        cta={aCta()}
        availability="open"
        showButton={false}
      />,
    );

    expect(screen.queryByTestId('landing-cta-again')).not.toBeInTheDocument();
    expect(screen.getByTestId('landing-rules')).toBeInTheDocument();
  });

  test('the rules, numbered', () => {
    renderCta(aCampaignView(aBargainCampaign({ rules: ['每人限 1 次。', '24 小时有效。'] })));

    expect(screen.getByTestId('landing-rules')).toHaveTextContent('1.每人限 1 次。');
    expect(screen.getByTestId('landing-rules')).toHaveTextContent('2.24 小时有效。');
  });
});

describe('CtaSection: time left runs on the server clock', () => {
  test('counts down from endsAt − serverNow, whatever the phone’s clock says', () => {
    // The phone is an hour fast; the server's 08:00 is what counts.
    jest.useFakeTimers({ now: new Date('2026-11-23T09:00:00.000Z') });
    const config = aBargainCampaign({ endsAt: '2026-11-23T10:00:00.000Z' });
    renderCta(aCampaignView(config, { serverNow: SERVER_NOW }));

    expect(screen.getByTestId('countdown')).toHaveTextContent('距活动结束 02:00:00');
    act(() => {
      jest.advanceTimersByTime(1000);
    });
    expect(screen.getByTestId('countdown')).toHaveTextContent('距活动结束 01:59:59');
  });

  test('no endsAt, no countdown', () => {
    renderCta(aCampaignView(aBargainCampaign()));

    expect(screen.queryByTestId('countdown')).not.toBeInTheDocument();
  });

  test('an ended campaign says so instead of counting', () => {
    const config = aBargainCampaign({ endsAt: '2026-11-23T10:00:00.000Z' });
    renderCta(aCampaignView(config, { status: 'ended' }), { type: 'cta' }, 'ended');

    expect(screen.getByTestId('landing-cta-section')).toHaveTextContent('活动已结束');
    expect(screen.queryByTestId('countdown')).not.toBeInTheDocument();
  });
});

describe('CtaSection: what is left, as the server counted it', () => {
  test.each([
    {
      label: 'a product: stock less the orders',
      campaign: aCampaignView(aBargainCampaign({ stock: 500 }), {
        remaining: { count: 12, unit: '件' },
      }),
      shown: '仅剩 12 件',
    },
    {
      label: 'coupons: the unclaimed budget',
      campaign: aCampaignView(aCouponCampaign({ stock: 100 }), {
        remaining: { count: 97, unit: '张' },
      }),
      shown: '仅剩 97 张',
    },
    {
      label: 'none left',
      campaign: aCampaignView(aBargainCampaign({ stock: 10 }), {
        remaining: { count: 0, unit: '件' },
      }),
      shown: '已抢光',
    },
  ])('$label → $shown', ({ campaign, shown }) => {
    renderCta(campaign);

    expect(screen.getByTestId('landing-stock')).toHaveTextContent(shown);
  });

  test('the config’s typed stock is never shown as what is left', () => {
    renderCta(aCampaignView(aBargainCampaign({ stock: 500 }), { remaining: null }));

    expect(screen.queryByTestId('landing-stock')).not.toBeInTheDocument();
    expect(screen.getByTestId('landing-cta-section')).not.toHaveTextContent('500');
  });
});

describe('CtaSection: the follow block', () => {
  const qr = 'https://img/qr.png';
  test.each([
    {
      label: 'weapp, official account → WeChat’s follow bar',
      env: 'weapp' as const,
      kind: 'official-account' as const,
      native: true,
    },
    {
      label: 'H5, official account → the QR code',
      env: 'h5' as const,
      kind: 'official-account' as const,
      native: false,
    },
    {
      label: 'weapp, group → the QR code',
      env: 'weapp' as const,
      kind: 'group' as const,
      native: false,
    },
    { label: 'H5, group → the QR code', env: 'h5' as const, kind: 'group' as const, native: false },
  ])('$label', ({ env, kind, native }) => {
    process.env.TARO_ENV = env;
    const { container } = renderCta(aCampaignView(aBargainCampaign()), {
      type: 'cta',
      follow: { kind, title: '关注公众号，新品抢先知道', qrImageUrl: qr },
    });

    expect(screen.getByTestId('landing-follow')).toHaveTextContent('关注公众号，新品抢先知道');
    expect(container.querySelector('official-account') !== null).toBe(native);
    if (native) expect(screen.queryByTestId('landing-follow-qr')).not.toBeInTheDocument();
    else expect(screen.getByTestId('landing-follow-qr')).toHaveAttribute('src', qr);
  });

  test('H5 without a QR code says where to follow', () => {
    renderCta(aCampaignView(aBargainCampaign()), {
      type: 'cta',
      follow: { kind: 'official-account', title: '关注公众号' },
    });

    expect(screen.getByTestId('landing-follow')).toHaveTextContent('在微信中打开即可关注');
  });

  test('no follow configured → no block', () => {
    renderCta(aCampaignView(aBargainCampaign()));

    expect(screen.queryByTestId('landing-follow')).not.toBeInTheDocument();
  });
});
