import { View } from '@tarojs/components';
import { useRouter, useShareAppMessage } from '@tarojs/taro';
import type { AssistView } from '../../../cloudfunctions/contracts/assist';
import { HelpOutcome } from '../../components/HelpOutcome';
import { HelperList } from '../../components/HelperList';
import { PageStatus } from '../../components/PageStatus';
import { PersonaSwitcher } from '../../components/PersonaSwitcher';
import { SharePanel } from '../../components/SharePanel';
import { useCampaignView } from '../../hooks/use-campaign-view';
import { useInviteShare } from '../../hooks/use-invite-share';
import { useLaunchVisit } from '../../hooks/use-launch-visit';
import { useHelpActions } from '../../hooks/use-help-actions';
import { useRemote } from '../../hooks/use-remote';
import { expiredOutcomeText } from '../../utils/restart-text';
import { helpAssist, startAssist } from '../../services/assist';
import { errorMessage } from '../../services/error-message';
import { AssistSummary } from './components/AssistSummary';
import { FriendAssist } from './components/FriendAssist';
import { assistSharePath, assistUrl, loadAssist } from './load-assist';
import { initiatorRewardValue } from './reward-of';
import './index.scss';

const DEFAULT_SHARE_TITLE = '帮我助力一下，谢谢你！';

function headingOf(assist: AssistView): string {
  if (!assist.viewer.isInitiator) {
    if (assist.status === 'active') {
      return assist.viewer.canHelp
        ? `${assist.initiatorName} 邀你助力，帮 TA 点一下`
        : `${assist.initiatorName} 正在邀请好友助力`;
    }
    return `${assist.initiatorName} 的助力`;
  }
  if (assist.status === 'completed') return '助力已完成';
  if (assist.status === 'expired') return '我的助力';
  return '邀请好友为你助力';
}

function InitiatorOutcome(props: {
  assist: AssistView;
  busy: boolean;
  startError: string | null;
  onRestart: () => void;
}) {
  const { assist } = props;
  return assist.status === 'completed' ? (
    <HelpOutcome
      kind="completed"
      title="助力成功"
      text={`${assist.helpsNeeded} 位好友已为你助力，奖励已放入你的券包`}
      reward={assist.reward}
    />
  ) : (
    <HelpOutcome
      kind="expired"
      title="助力已过期，未在时间内集齐助力"
      text={expiredOutcomeText(assist.viewer, '助力')}
      canRestart={assist.viewer.canRestart}
      busy={props.busy}
      startError={props.startError}
      onRestart={props.onRestart}
    />
  );
}

export default function AssistPage() {
  const { params } = useRouter();
  const { assistId, campaignId } = params;
  const { state, reload, refresh, set } = useRemote(`${assistId ?? ''}|${campaignId ?? ''}`, () =>
    loadAssist({ assistId, campaignId }),
  );
  const assist = state.status === 'ready' ? state.value : null;
  const campaign = useCampaignView(assist?.campaignId ?? null);
  const ensureVisited = useLaunchVisit(assist?.campaignId ?? null, params);
  const sharing = assist?.viewer.isInitiator && assist.status === 'active' ? assist : null;
  const share = useInviteShare(sharing?.campaignId ?? null, sharing?.id ?? null);
  const rewardValue = initiatorRewardValue(campaign);

  const {
    busy,
    outcome: helped,
    helpError,
    startError,
    help,
    startOwn,
    forgetTaps,
  } = useHelpActions({
    subjectKey: assist?.id,
    ensureVisited,
    help: (target: AssistView) => helpAssist(target.id),
    afterHelp: (data) => ({ view: data.assist, outcome: { reward: data.helperReward } }),
    start: (target: AssistView) => startAssist(target.campaignId),
    startedUrl: (data) => assistUrl(data.assist.id),
    set,
    refresh,
  });

  const shareTitle = campaign?.config.share.title ?? DEFAULT_SHARE_TITLE;
  const sharePath = assist ? assistSharePath(assist.id, sharing ? share.token : null) : null;
  const shareImage = campaign?.config.share.imageUrl ?? campaign?.config.product?.imageUrl;

  // WeChat calls this synchronously when the share sheet opens: the token is already here.
  useShareAppMessage(() => ({
    title: shareTitle,
    path: sharePath ?? (assistId ? assistUrl(assistId) : '/pages/landing/index'),
    ...(shareImage ? { imageUrl: shareImage } : {}),
  }));

  return (
    <View className="assist-page">
      {state.status === 'loading' && <PageStatus kind="loading" />}
      {state.status === 'error' && (
        <PageStatus kind="error" message={errorMessage(state.error)} onRetry={reload} />
      )}
      {assist && (
        <>
          <AssistSummary
            assist={assist}
            heading={headingOf(assist)}
            promise={
              rewardValue
                ? `集满 ${assist.helpsNeeded} 位好友助力，得 ${rewardValue}\u2009券`
                : null
            }
            onOver={refresh}
          />
          {assist.viewer.isInitiator ? (
            assist.status === 'active' ? (
              <SharePanel
                shareLabel="邀请好友助力"
                path={share.token ? sharePath : null}
                posterTitle={shareTitle}
                posterSubtitle={campaign?.config.title}
                qr={share.qr}
                onPoster={share.requestQr}
                subscribe={{
                  label: '好友帮你助力时通知我',
                  target: { kind: 'assist', id: assist.id },
                }}
                invitesUrl={`/pages/invites/index?campaignId=${encodeURIComponent(assist.campaignId)}`}
              />
            ) : (
              <InitiatorOutcome
                assist={assist}
                busy={busy === 'start'}
                startError={startError}
                onRestart={() => void startOwn(assist)}
              />
            )
          ) : (
            <FriendAssist
              assist={assist}
              helped={helped}
              helpError={helpError}
              startError={startError}
              busy={busy}
              startLabel={rewardValue ? `我也要领 ${rewardValue}\u2009券` : '我也要发起助力'}
              onHelp={() => void help(assist)}
              onStartOwn={() => void startOwn(assist)}
            />
          )}
          <HelperList
            title="助力好友"
            helpers={assist.helpers}
            emptyText={
              assist.viewer.isInitiator ? '还没有好友助力，快去邀请吧' : '快来做第一个助力的人'
            }
          />
        </>
      )}
      <PersonaSwitcher
        onChange={() => {
          forgetTaps();
          reload();
        }}
      />
    </View>
  );
}
