import { View } from '@tarojs/components';
import { useRouter, useShareAppMessage } from '@tarojs/taro';
import type { BargainView } from '../../../cloudfunctions/contracts/bargain';
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
import { helpBargain, startBargain } from '../../services/bargain';
import { errorMessage } from '../../services/error-message';
import { formatFen as formatWholeOrFen } from '../../utils/money';
import { bargainMoney } from './bargain-money';
import { BargainSummary } from './components/BargainSummary';
import { CutSchedule } from './components/CutSchedule';
import { FriendHelp } from './components/FriendHelp';
import { bargainSharePath, bargainUrl, loadBargain } from './load-bargain';
import './index.scss';

function headingOf(bargain: BargainView): string {
  const formatFen = bargainMoney(bargain);
  if (!bargain.viewer.isInitiator) {
    if (bargain.status === 'completed') return `${bargain.initiatorName} 的砍价已砍成`;
    if (bargain.status === 'expired') return `${bargain.initiatorName} 的砍价已结束`;
    // Only invite a tap the friend can actually make.
    return bargain.viewer.canHelp
      ? `${bargain.initiatorName} 正在砍价，帮 TA 砍一刀`
      : `${bargain.initiatorName} 正在砍价`;
  }
  if (bargain.status === 'completed') return `已砍到底价 ${formatFen(bargain.floorFen)}`;
  if (bargain.status === 'expired') return '我的砍价';
  return `邀请好友帮砍，${formatFen(bargain.floorFen)} 拿到手`;
}

function InitiatorOutcome(props: {
  bargain: BargainView;
  busy: boolean;
  startError: string | null;
  onRestart: () => void;
}) {
  const { bargain } = props;
  const formatFen = bargainMoney(bargain);
  return bargain.status === 'completed' ? (
    <HelpOutcome
      kind="completed"
      title="砍价成功"
      text={`已砍至底价 ${formatFen(bargain.floorFen)}，奖励已放入你的券包`}
      reward={bargain.reward}
    />
  ) : (
    <HelpOutcome
      kind="expired"
      title="砍价已过期，未在时间内砍到底价"
      text={expiredOutcomeText(bargain.viewer, '砍')}
      canRestart={bargain.viewer.canRestart}
      busy={props.busy}
      startError={props.startError}
      onRestart={props.onRestart}
    />
  );
}

export default function BargainPage() {
  const { params } = useRouter();
  const { bargainId, campaignId } = params;
  const { state, reload, refresh, set } = useRemote(`${bargainId ?? ''}|${campaignId ?? ''}`, () =>
    loadBargain({ bargainId, campaignId }),
  );
  const bargain = state.status === 'ready' ? state.value : null;
  const campaign = useCampaignView(bargain?.campaignId ?? null);
  const ensureVisited = useLaunchVisit(bargain?.campaignId ?? null, params);
  const sharing = bargain?.viewer.isInitiator && bargain.status === 'active' ? bargain : null;
  const share = useInviteShare(sharing?.campaignId ?? null, sharing?.id ?? null);

  const {
    busy,
    outcome: helpedFen,
    helpError,
    startError,
    help,
    startOwn,
    forgetTaps,
  } = useHelpActions({
    subjectKey: bargain?.id,
    ensureVisited,
    help: (target: BargainView) => helpBargain(target.id),
    afterHelp: (data) => ({ view: data.bargain, outcome: data.cutFen }),
    start: (target: BargainView) => startBargain(target.campaignId),
    startedUrl: (data) => bargainUrl(data.bargain.id),
    set,
    refresh,
  });

  const shareTitle =
    campaign?.config.share.title ??
    // The chat card stands alone: its one amount needs no decimals to match anything.
    `帮我砍一刀，${bargain ? formatWholeOrFen(bargain.floorFen) : '底价'} 就能拿`;
  const sharePath = bargain ? bargainSharePath(bargain.id, sharing ? share.token : null) : null;
  const shareImage = campaign?.config.share.imageUrl ?? campaign?.config.product?.imageUrl;

  // WeChat calls this synchronously when the share sheet opens: everything it returns was
  // fetched when the page loaded.
  useShareAppMessage(() => ({
    title: shareTitle,
    path: sharePath ?? (bargainId ? bargainUrl(bargainId) : '/pages/landing/index'),
    ...(shareImage ? { imageUrl: shareImage } : {}),
  }));

  return (
    <View className="bargain-page">
      {state.status === 'loading' && <PageStatus kind="loading" />}
      {state.status === 'error' && (
        <PageStatus kind="error" message={errorMessage(state.error)} onRetry={reload} />
      )}
      {bargain && (
        <>
          <BargainSummary
            bargain={bargain}
            heading={headingOf(bargain)}
            productName={campaign?.config.product?.name ?? null}
            onOver={refresh}
          />
          {bargain.viewer.isInitiator ? (
            bargain.status === 'active' ? (
              <SharePanel
                shareLabel="邀请好友帮砍"
                path={share.token ? sharePath : null}
                posterTitle={shareTitle}
                posterSubtitle={campaign?.config.product?.name}
                qr={share.qr}
                onPoster={share.requestQr}
                subscribe={{
                  label: '好友帮你砍价时通知我',
                  target: { kind: 'bargain', id: bargain.id },
                }}
                invitesUrl={`/pages/invites/index?campaignId=${encodeURIComponent(bargain.campaignId)}`}
              />
            ) : (
              <InitiatorOutcome
                bargain={bargain}
                busy={busy === 'start'}
                startError={startError}
                onRestart={() => void startOwn(bargain)}
              />
            )
          ) : (
            <FriendHelp
              bargain={bargain}
              helpedFen={helpedFen}
              helpError={helpError}
              startError={startError}
              busy={busy}
              onHelp={() => void help(bargain)}
              onStartOwn={() => void startOwn(bargain)}
            />
          )}
          <HelperList
            title="帮砍好友"
            helpers={bargain.helpers.map((helper) => ({
              ...helper,
              note: `砍掉 ${bargainMoney(bargain)(helper.cutFen)}`,
            }))}
            emptyText={
              // Nobody can be invited to help a bargain that is over.
              bargain.status !== 'active'
                ? '没有好友帮砍'
                : bargain.viewer.isInitiator
                  ? '还没有好友帮砍，快去邀请吧'
                  : '快来做第一个帮砍的人'
            }
          />
          <CutSchedule bargain={bargain} />
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
