import { Button, Image, Text, View } from '@tarojs/components';
import type {
  CampaignKind,
  HookSection as HookSectionConfig,
} from '../../../../../cloudfunctions/contracts/campaign-config';
import type {
  CampaignStatus,
  CampaignView,
} from '../../../../../cloudfunctions/contracts/campaign';
import { CampaignOffer } from '../CampaignOffer';
import './index.scss';

export interface HookSectionProps {
  campaign: CampaignView;
  section: HookSectionConfig;
  onCta: () => void;
}

export const DEFAULT_CTA_TEXT: Record<CampaignKind, string> = {
  bargain: '发起砍价',
  assist: '发起助力',
  coupon: '立即领取',
};

// Only a live campaign accepts starts and claims; the page still shows what it offers.
const STATUS_NOTICE: Record<CampaignStatus, string | undefined> = {
  draft: '预览：活动尚未上线',
  live: undefined,
  ended: '活动已结束',
};

/** The first screen: what the campaign is, what it offers, and the one button to join. */
export function HookSection({ campaign, section, onCta }: HookSectionProps) {
  const { config } = campaign;
  const heroImageUrl = section.heroImageUrl ?? config.product?.imageUrl;
  const subheadline = section.subheadline ?? config.summary;
  const notice = STATUS_NOTICE[campaign.status];
  const open = campaign.status === 'live';

  return (
    <View className="hook-section">
      {heroImageUrl && <Image className="hook-section__hero" src={heroImageUrl} mode="widthFix" />}
      <View className="hook-section__card">
        <Text className="hook-section__title" data-testid="landing-title">
          {config.title}
        </Text>
        {section.headline && <Text className="hook-section__headline">{section.headline}</Text>}
        {subheadline && <Text className="hook-section__subheadline">{subheadline}</Text>}
        <CampaignOffer config={config} />
        {campaign.participants > 0 && (
          <Text className="hook-section__participants">{`已有 ${campaign.participants} 人参与`}</Text>
        )}
      </View>
      {notice && (
        <Text className="hook-section__notice" data-testid="landing-notice">
          {notice}
        </Text>
      )}
      <View className="hook-section__actions">
        <Button
          className={`hook-section__cta${open ? '' : ' hook-section__cta--disabled'}`}
          data-testid="landing-cta"
          // Taro's H5 button renders disabled={false} as disabled="false", which its own
          // [disabled] styles still match: leave the prop out unless it is true.
          {...(open ? {} : { disabled: true })}
          onClick={onCta}
        >
          {section.ctaText ?? DEFAULT_CTA_TEXT[config.kind]}
        </Button>
      </View>
    </View>
  );
}
