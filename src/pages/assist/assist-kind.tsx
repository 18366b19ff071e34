import type {
  AssistHelpResult,
  AssistStartResult,
  AssistView,
} from '../../../cloudfunctions/contracts/assist';
import type { HelpKind } from '../../components/HelpTargetPage';
import { helpAssist, startAssist } from '../../services/assist';
import { AssistSummary } from './components/AssistSummary';
import { FriendAssist, type HelperReward } from './components/FriendAssist';
import { loadAssist } from './load-assist';
import { formatCouponValue } from '../../utils/coupon';

/** "¥20": the initiator's reward as the campaign promises it. */
function promisedRewardValue(assist: AssistView): string | null {
  const reward = assist.campaign.promisedReward;
  return reward ? formatCouponValue(reward) : null;
}

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

/** 助力: what differs from a bargain page; the rest is the help page shell's. */
export const assistKind: HelpKind<
  AssistView,
  AssistHelpResult,
  AssistStartResult,
  { reward: HelperReward }
> = {
  className: 'assist-page',
  page: 'assist',
  verb: '助力',
  load: ({ id, campaignId }) => loadAssist({ assistId: id, campaignId }),
  help: (target) => helpAssist(target.id),
  afterHelp: (data) => ({ view: data.assist, outcome: { reward: data.helperReward } }),
  start: (target) => startAssist(target.campaignId),
  startedId: (data) => data.assist.id,
  heading: headingOf,
  defaultShareTitle: () => '帮我助力一下，谢谢你！',
  posterSubtitle: (assist) => assist.campaign.title,
  completed: (assist) => ({
    title: '助力成功',
    text: `${assist.helpsNeeded} 位好友已为你助力，奖励已放入你的券包`,
  }),
  expiredTitle: '助力已过期，未在时间内集齐助力',
  subscribeLabel: '好友帮你助力时通知我',
  summary: (assist, heading, onOver) => {
    const rewardValue = promisedRewardValue(assist);
    return (
      <AssistSummary
        assist={assist}
        heading={heading}
        promise={
          rewardValue ? `集满 ${assist.helpsNeeded} 位好友助力，得 ${rewardValue}\u2009券` : null
        }
        onOver={onOver}
      />
    );
  },
  friend: (assist, taps) => {
    const rewardValue = promisedRewardValue(assist);
    return (
      <FriendAssist
        assist={assist}
        helped={taps.outcome}
        helpError={taps.helpError}
        startError={taps.startError}
        busy={taps.busy}
        startLabel={rewardValue ? `我也要领 ${rewardValue}\u2009券` : '我也要发起助力'}
        onHelp={taps.onHelp}
        onStartOwn={taps.onStartOwn}
      />
    );
  },
};
