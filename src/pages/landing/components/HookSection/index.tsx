import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { HookSection as HookSectionConfig } from '../../../../../cloudfunctions/contracts/campaign-config';
import type { CampaignView } from '../../../../../cloudfunctions/contracts/campaign';
import { AVAILABILITY_NOTICE, type Availability } from '../../use-availability';
import type { InvitedBy as Friend } from '../../use-landing';
import { CampaignOffer } from '../CampaignOffer';
import { CtaButton, type CtaState } from '../CtaButton';
import { InvitedBy } from '../InvitedBy';
import './index.scss';

export interface HookSectionProps {
  campaign: CampaignView;
  section: HookSectionConfig;
  cta: CtaState;
  availability: Availability;
  /** Set only when no proof section shows the friend (single layout, no proof in config). */
  invitedBy?: Friend | null;
}

/** The first screen: what the campaign is, what it offers, and the one button to join. */
export function HookSection({ campaign, section, cta, availability, invitedBy }: HookSectionProps) {
  const { config } = campaign;
  const heroImageUrl = section.heroImageUrl ?? config.product?.imageUrl;
  const subheadline = section.subheadline ?? config.summary;
  const notice = AVAILABILITY_NOTICE[availability];

  // The full rules stay one tap away even on a single-screen page.
  const showRules = () => {
    void Taro.showModal({
      title: '活动规则',
      content: config.rules.map((rule, i) => `${i + 1}. ${rule}`).join('\n'),
      showCancel: false,
      confirmText: '知道了',
    });
  };

  return (
    <View className="hook-section" data-testid="landing-hook">
      <View className="hook-section__banner">
        {config.rules.length > 0 && (
          <Text
            className="hook-section__rules-link"
            data-testid="landing-rules-link"
            onClick={showRules}
          >
            规则
          </Text>
        )}
        <Text className="hook-section__title" data-testid="landing-title">
          {config.title}
        </Text>
        {section.headline && <Text className="hook-section__headline">{section.headline}</Text>}
        {subheadline && <Text className="hook-section__subheadline">{subheadline}</Text>}
      </View>
      <View className="hook-section__card">
        {invitedBy && <InvitedBy friend={invitedBy} />}
        {heroImageUrl && (
          <Image
            className="hook-section__hero"
            src={heroImageUrl}
            mode="aspectFill"
            data-testid="landing-hero"
          />
        )}
        <CampaignOffer config={config} />
        {campaign.participants > 0 && (
          <Text className="hook-section__participants" data-testid="landing-participants">
            {`已有 ${campaign.participants} 人参与`}
          </Text>
        )}
      </View>
      {notice && (
        <Text className="hook-section__notice" data-testid="landing-notice">
          {notice}
        </Text>
      )}
      <View className="hook-section__actions">
        <CtaButton
          cta={cta}
          text={section.ctaText}
          className="hook-section__cta"
          testId="landing-cta"
        />
      </View>
    </View>
  );
}
