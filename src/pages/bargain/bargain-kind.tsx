import type {
  BargainHelpResult,
  BargainStartResult,
  BargainView,
} from '../../../cloudfunctions/contracts/bargain';
import type { HelpKind } from '../../components/HelpTargetPage';
import { helpBargain, startBargain } from '../../services/bargain';
import { formatFen as formatWholeOrFen } from '../../utils/money';
import { bargainMoney } from './bargain-money';
import { BargainSummary } from './components/BargainSummary';
import { CutSchedule } from './components/CutSchedule';
import { FriendHelp } from './components/FriendHelp';
import { loadBargain } from './load-bargain';

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

/** 砍价: what differs from an assist page; the rest is the help page shell's. */
export const bargainKind: HelpKind<BargainView, BargainHelpResult, BargainStartResult, number> = {
  className: 'bargain-page',
  page: 'bargain',
  verb: '砍',
  load: ({ id, campaignId }) => loadBargain({ bargainId: id, campaignId }),
  help: (target) => helpBargain(target.id),
  afterHelp: (data) => ({ view: data.bargain, outcome: data.cutFen }),
  start: (target) => startBargain(target.campaignId),
  startedId: (data) => data.bargain.id,
  heading: headingOf,
  // The chat card stands alone: its one amount needs no decimals to match anything.
  defaultShareTitle: (bargain) => `帮我砍一刀，${formatWholeOrFen(bargain.floorFen)} 就能拿`,
  posterSubtitle: (bargain) => bargain.campaign.product?.name,
  completed: (bargain) => ({
    title: '砍价成功',
    text: `已砍至底价 ${bargainMoney(bargain)(bargain.floorFen)}，奖励已放入你的券包`,
  }),
  expiredTitle: '砍价已过期，未在时间内砍到底价',
  subscribeLabel: '好友帮你砍价时通知我',
  summary: (bargain, heading, onOver) => (
    <BargainSummary
      bargain={bargain}
      heading={heading}
      productName={bargain.campaign.product?.name ?? null}
      onOver={onOver}
    />
  ),
  friend: (bargain, taps) => (
    <FriendHelp
      bargain={bargain}
      helpedFen={taps.outcome}
      helpError={taps.helpError}
      startError={taps.startError}
      busy={taps.busy}
      onHelp={taps.onHelp}
      onStartOwn={taps.onStartOwn}
    />
  ),
  helperNote: (bargain, helper) => `砍掉 ${bargainMoney(bargain)(helper.cutFen)}`,
  after: (bargain) => <CutSchedule bargain={bargain} />,
};
