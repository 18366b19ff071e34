import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type {
  CampaignKind,
  HookSection as HookSectionConfig,
} from '../../../cloudfunctions/contracts/campaign-config';
import type { CampaignView } from '../../../cloudfunctions/contracts/campaign';
import { PersonaSwitcher } from '../../components/PersonaSwitcher';
import { errorMessage } from '../../services/error-message';
import { HookSection } from './components/HookSection';
import { useCampaign } from './use-campaign';
import './index.scss';

const DEFAULT_CAMPAIGN_ID = 'demo-bargain';

// Where each kind's call to action leads; the flows themselves live on those pages.
const CTA_PAGE: Record<CampaignKind, string> = {
  bargain: '/pages/bargain/index',
  assist: '/pages/assist/index',
  coupon: '/pages/coupons/index',
};

function hookSectionOf(campaign: CampaignView): HookSectionConfig {
  const found = campaign.config.landing.sections.find(
    (section): section is HookSectionConfig => section.type === 'hook',
  );
  return found ?? { type: 'hook' };
}

export default function LandingPage() {
  const { params } = useRouter();
  const campaignId = params.campaignId || DEFAULT_CAMPAIGN_ID;
  const { state, reload } = useCampaign(campaignId);

  const startCampaign = (campaign: CampaignView) => {
    const url = `${CTA_PAGE[campaign.config.kind]}?campaignId=${encodeURIComponent(campaign.id)}`;
    void Taro.navigateTo({ url });
  };

  return (
    <View className="landing">
      {state.status === 'loading' && (
        <View className="landing__status" data-testid="landing-loading">
          <Text>加载中…</Text>
        </View>
      )}
      {state.status === 'error' && (
        <View className="landing__status" data-testid="landing-error">
          <Text className="landing__error-text">{errorMessage(state.error)}</Text>
          <Button className="landing__retry" data-testid="landing-retry" onClick={reload}>
            重新加载
          </Button>
        </View>
      )}
      {state.status === 'ready' && (
        <HookSection
          campaign={state.campaign}
          section={hookSectionOf(state.campaign)}
          onCta={() => startCampaign(state.campaign)}
        />
      )}
      <PersonaSwitcher onChange={reload} />
    </View>
  );
}
