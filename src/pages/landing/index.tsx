import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { PageStatus } from '../../components/PageStatus';
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
      {state.status === 'loading' && <PageStatus kind="loading" />}
      {state.status === 'error' && (
        <PageStatus kind="error" message={errorMessage(state.error)} onRetry={reload} />
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
