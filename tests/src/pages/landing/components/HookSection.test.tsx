import { fireEvent, render, screen } from '@testing-library/react';
import type { ComponentProps } from 'react';
import Taro from '@tarojs/taro';
import { HookSection } from '../../../../../src/pages/landing/components/HookSection';
import {
  aBargainCampaign,
  aCampaignView,
  aCoupon,
  aCouponCampaign,
  anAssistCampaign,
} from '../../../../support/ui/campaign-builders';
import { aCta } from '../cta-state';

const bargain = aCampaignView(aBargainCampaign({ summary: '316 不锈钢保温杯' }));

/** The hook of an open bargain with a plain CTA; each test passes what it is about. */
function renderSection(props: Partial<ComponentProps<typeof HookSection>> = {}) {
  render(
    <HookSection
      campaign={bargain}
      section={{ type: 'hook' }}
      cta={aCta()}
      availability="open"
      {...props}
    />,
  );
}

describe('HookSection: the theme, in the words the config gives', () => {
  test('title, headline and subheadline', () => {
    renderSection({ section: { type: 'hook', headline: '10 刀拿走', subheadline: '12 小时保温' } });

    expect(screen.getByTestId('landing-title')).toHaveTextContent('好友帮砍，99 元好物 1 元拿');
    expect(screen.getByText('10 刀拿走')).toBeInTheDocument();
    expect(screen.getByText('12 小时保温')).toBeInTheDocument();
  });

  test('without a subheadline the campaign summary stands in', () => {
    renderSection();

    expect(screen.getByText('316 不锈钢保温杯')).toBeInTheDocument();
  });
});

describe('HookSection: the offer follows the kind', () => {
  test.each([
    {
      label: 'bargain: floor, struck original, helps needed',
      campaign: bargain,
      shown: ['底价', '¥1', '¥99', '10 位好友帮砍即可 ¥1 拿'],
    },
    {
      label: 'assist: the goal',
      campaign: aCampaignView(anAssistCampaign()),
      shown: ['3 位好友助力即可领取奖励', '¥20'],
    },
    {
      label: 'assist: and what a helping friend gets',
      campaign: aCampaignView(
        anAssistCampaign({
          coupons: [
            aCoupon({ id: 'assist-20', valueFen: 2000, claimable: false }),
            aCoupon({ id: 'thanks-3', valueFen: 300, claimable: false }),
          ],
          assist: { ...anAssistCampaign().assist, helperRewardTemplateId: 'thanks-3' },
        }),
      ),
      shown: ['3 位好友助力即可领取奖励', '助力的好友也得 ¥3 券'],
    },
    {
      label: 'coupon: value and threshold',
      campaign: aCampaignView(aCouponCampaign()),
      shown: ['¥10', '满¥99可用'],
    },
  ])('$label', ({ campaign, shown }) => {
    renderSection({ campaign });

    for (const text of shown) expect(screen.getByTestId('landing-offer')).toHaveTextContent(text);
  });
});

describe('HookSection: hero image only when one is set', () => {
  test.each([
    { label: 'none', section: { type: 'hook' as const }, product: undefined, src: null },
    {
      label: 'the section’s hero',
      section: { type: 'hook' as const, heroImageUrl: 'https://img/hero.png' },
      product: undefined,
      src: 'https://img/hero.png',
    },
    {
      label: 'the product image as a fallback',
      section: { type: 'hook' as const },
      product: { id: 'p1', name: '保温杯', priceFen: 9900, imageUrl: 'https://img/cup.png' },
      src: 'https://img/cup.png',
    },
  ])('$label', ({ section, product, src }) => {
    const campaign = aCampaignView(aBargainCampaign(product ? { product } : {}));
    renderSection({ campaign, section });

    if (src) expect(screen.getByTestId('landing-hero')).toHaveAttribute('src', src);
    else expect(screen.queryByTestId('landing-hero')).not.toBeInTheDocument();
  });
});

describe('HookSection: the CTA', () => {
  test.each([
    { label: 'the kind’s default', ctaText: undefined, override: undefined, shown: '发起砍价' },
    {
      label: 'the section’s ctaText',
      ctaText: '马上砍一刀',
      override: undefined,
      shown: '马上砍一刀',
    },
    {
      label: 'an override beats both',
      ctaText: '马上砍一刀',
      override: '查看我的优惠券',
      shown: '查看我的优惠券',
    },
  ])('$label', ({ ctaText, override, shown }) => {
    renderSection({ section: { type: 'hook', ctaText }, cta: aCta({ labelOverride: override }) });

    expect(screen.getByTestId('landing-cta')).toHaveTextContent(shown);
  });

  test('a tap calls the page’s action', () => {
    const cta = aCta();
    renderSection({ cta });

    fireEvent.click(screen.getByTestId('landing-cta'));

    expect(cta.onTap).toHaveBeenCalledTimes(1);
  });

  test.each([
    { label: 'disabled (not live)', cta: aCta({ disabled: true }) },
    { label: 'busy (a call in flight)', cta: aCta({ busy: true }) },
  ])('$label → the button is disabled', ({ cta }) => {
    renderSection({ cta });

    expect(screen.getByTestId('landing-cta')).toBeDisabled();
    expect(screen.getByTestId('landing-cta')).toHaveClass('is-disabled');
  });

  test.each([
    { availability: 'open' as const, notice: null, label: 'no notice' },
    { availability: 'preview' as const, notice: '预览：活动尚未上线', label: 'the preview notice' },
    { availability: 'ended' as const, notice: '活动已结束', label: 'the ended notice' },
  ])('$availability → $label', ({ availability, notice }) => {
    renderSection({ availability });

    if (notice) expect(screen.getByTestId('landing-notice')).toHaveTextContent(notice);
    else expect(screen.queryByTestId('landing-notice')).not.toBeInTheDocument();
  });
});

describe('HookSection: social proof in the first screen', () => {
  test.each([
    { participants: 0, shown: null, label: 'nothing said' },
    { participants: 1280, shown: '已有 1280 人参与', label: '已有 1280 人参与' },
  ])('$participants participants → $label', ({ participants, shown }) => {
    const campaign = aCampaignView(aBargainCampaign(), { participants });
    renderSection({ campaign });

    if (shown) expect(screen.getByTestId('landing-participants')).toHaveTextContent(shown);
    else expect(screen.queryByTestId('landing-participants')).not.toBeInTheDocument();
  });

  test('the inviting friend, when the page gives one', () => {
    renderSection({ invitedBy: { name: '张**', bought: true } });

    expect(screen.getByTestId('landing-invited-by')).toHaveTextContent('好友 张** 邀请你');
    expect(screen.getByTestId('landing-friend-bought')).toHaveTextContent('TA 已购买');
  });
});

describe('HookSection: the rules are one tap away', () => {
  test('规则 opens them, numbered', () => {
    const campaign = aCampaignView(
      aBargainCampaign({ rules: ['每人限发起 1 次。', '24 小时内有效。'] }),
    );
    renderSection({ campaign });

    fireEvent.click(screen.getByTestId('landing-rules-link'));

    expect(Taro.showModal).toHaveBeenCalledWith(
      expect.objectContaining({
        title: '活动规则',
        content: '1. 每人限发起 1 次。\n2. 24 小时内有效。',
      }),
    );
  });

  test('no rules, no link', () => {
    renderSection();

    expect(screen.queryByTestId('landing-rules-link')).not.toBeInTheDocument();
  });
});
