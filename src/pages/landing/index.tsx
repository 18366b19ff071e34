import { Button, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { PersonaSwitcher } from '../../components/PersonaSwitcher';
import { errorMessage } from '../../services/error-message';
import { CampaignLanding } from './components/CampaignLanding';
import { useLanding } from './use-landing';
import './index.scss';

export default function LandingPage() {
  const { params } = useRouter();
  const { state, invitedBy, sharedGroup, reload } = useLanding(params);

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
        <CampaignLanding
          campaign={state.campaign}
          invitedBy={invitedBy}
          sharedGroup={sharedGroup}
        />
      )}
      <PersonaSwitcher onChange={reload} />
    </View>
  );
}
