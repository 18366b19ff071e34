import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type {
  InviteLeaderboardResult,
  InviteProgressResult,
} from '../../../cloudfunctions/contracts/invite';
import type { FunctionResult } from '../../../cloudfunctions/contracts/result';
import { PageStatus } from '../../components/PageStatus';
import { PersonaSwitcher } from '../../components/PersonaSwitcher';
import { useRemote } from '../../hooks/use-remote';
import { errorMessage } from '../../services/error-message';
import { inviteLeaderboard, inviteProgress } from '../../services/invite';
import { LevelCard } from './components/LevelCard';
import { Leaderboard } from './components/Leaderboard';
import { RecentInvitees } from './components/RecentInvitees';
import { StageCounts } from './components/StageCounts';
import { STAGES } from './stages';
import { pageUrl } from '../../utils/routes';
import './index.scss';

interface InvitesData {
  progress: InviteProgressResult;
  /** Only with a campaign: the board is per campaign. Null if it failed to load. */
  board: InviteLeaderboardResult | null;
}

async function loadInvites(campaignId: string | undefined): Promise<FunctionResult<InvitesData>> {
  const [progress, board] = await Promise.all([
    inviteProgress(campaignId),
    campaignId ? inviteLeaderboard(campaignId, 'week') : Promise.resolve(null),
  ]);
  if (!progress.ok) return progress;
  // The board is a bonus: without it the sharer still sees their own progress.
  return { ok: true, data: { progress: progress.data, board: board?.ok ? board.data : null } };
}

function isEmpty(progress: InviteProgressResult): boolean {
  return (
    progress.recent.length === 0 &&
    STAGES.every((stage) => !progress.counted[stage] && !progress.pending[stage])
  );
}

export default function InvitesPage() {
  const { params } = useRouter();
  const campaignId = params.campaignId || undefined;
  const { state, reload } = useRemote(campaignId ?? '', () => loadInvites(campaignId));

  return (
    <View className="invites-page">
      {state.status === 'loading' && <PageStatus kind="loading" />}
      {state.status === 'error' && (
        <PageStatus kind="error" message={errorMessage(state.error)} onRetry={reload} />
      )}
      {state.status === 'ready' && (
        <>
          <LevelCard
            level={state.value.progress.level}
            perks={state.value.progress.perks}
            rank={campaignId ? state.value.progress.rank : undefined}
          />
          {isEmpty(state.value.progress) ? (
            <View className="invites-page__empty" data-testid="invites-empty">
              <Text className="invites-page__empty-title">还没有好友通过你的分享参与</Text>
              <Text className="invites-page__empty-text">
                把活动分享给好友，好友到访、助力、发起或下单后，这里会显示你的成果
              </Text>
              {campaignId && (
                <Button
                  className="invites-page__go"
                  onClick={() =>
                    void Taro.navigateTo({
                      url: pageUrl('landing', { campaignId }),
                    })
                  }
                >
                  去看看活动
                </Button>
              )}
            </View>
          ) : (
            <>
              <StageCounts
                counted={state.value.progress.counted}
                pending={state.value.progress.pending}
              />
              {state.value.progress.recent.length > 0 && (
                <RecentInvitees recent={state.value.progress.recent} />
              )}
            </>
          )}
          {state.value.board && <Leaderboard board={state.value.board} />}
        </>
      )}
      <PersonaSwitcher onChange={reload} />
    </View>
  );
}
