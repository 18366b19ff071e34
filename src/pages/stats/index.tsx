import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { PageStatus } from '../../components/PageStatus';
import { PersonaSwitcher } from '../../components/PersonaSwitcher';
import { useRemote } from '../../hooks/use-remote';
import { errorMessage } from '../../services/error-message';
import { fcodeStats } from '../../services/fcode';
import { campaignStats, listCampaigns, wechatNotices } from '../../services/stats';
import { CampaignPicker } from './components/CampaignPicker';
import { FcodeStats } from './components/FcodeStats';
import { FunnelChart } from './components/FunnelChart';
import { PendingCredits } from './components/PendingCredits';
import { RefundOrders } from './components/RefundOrders';
import { SceneList } from './components/SceneList';
import { TopSharers } from './components/TopSharers';
import { ViralCard } from './components/ViralCard';
import { WechatNotices } from './components/WechatNotices';
import { WebhookDeliveries } from './components/WebhookDeliveries';
import { useCreditReview } from './use-credit-review';
import { useWebhooks } from './use-webhooks';
import './index.scss';

/** The page opened without a query (e.g. from the merchant's menu) shows the demo campaign. */
const DEFAULT_CAMPAIGN_ID = 'demo-bargain';

/**
 * Merchant only: WeChat's own warnings first, then a campaign's funnel, K, scenes, top
 * sharers, flagged credits to review and group orders owed a refund.
 */
function FcodeSection({ campaignId }: { campaignId: string }) {
  const fcode = useRemote(`${campaignId}|fcode`, () => fcodeStats(campaignId));
  return fcode.state.status === 'ready' ? <FcodeStats stats={fcode.state.value.stats} /> : null;
}

export default function StatsPage() {
  const { params } = useRouter();
  const [campaignId, setCampaignId] = useState(params.campaignId || DEFAULT_CAMPAIGN_ID);
  const { state, reload, set } = useRemote(campaignId, () => campaignStats(campaignId));
  const campaigns = useRemote('campaign-list', listCampaigns);
  const webhooks = useWebhooks();
  // Not the campaign's but the mini-program's: the same notices above every campaign's stats.
  const notices = useRemote('wechat-notices', wechatNotices);
  const reloadNotices = notices.reload;
  const reloadCampaigns = campaigns.reload;
  const reloadAll = useCallback(() => {
    reload();
    reloadNotices();
    reloadCampaigns();
  }, [reload, reloadNotices, reloadCampaigns]);

  // In place rather than `reload`: the spinner would throw the merchant back to the top of a
  // long review list after every tap. A failed refresh falls back to the error state.
  const afterReview = useCallback(async () => {
    const next = await campaignStats(campaignId);
    if (next.ok) set(next.data);
    else reload();
  }, [campaignId, set, reload]);
  const { busy, failure, review } = useCreditReview(campaignId, afterReview);

  return (
    <View className="stats-page">
      {/* What WeChat said outranks every number below, so it comes first, whatever the
          campaign's stats are doing; a shopper's FORBIDDEN draws nothing here. */}
      {notices.state.status === 'ready' && <WechatNotices notices={notices.state.value} />}
      {notices.state.status === 'error' && notices.state.error.code !== 'FORBIDDEN' && (
        <Text
          className="stats-page__notices-error"
          data-testid="notices-error"
          onClick={reloadNotices}
        >
          {`微信平台通知未能加载（${errorMessage(notices.state.error)}），点此重试`}
        </Text>
      )}
      {/* The picker stays while a picked campaign loads, so a slow answer is no dead end. */}
      {campaigns.state.status === 'ready' && (
        <CampaignPicker
          campaigns={campaigns.state.value}
          selectedId={campaignId}
          onPick={setCampaignId}
        />
      )}
      {state.status === 'loading' && <PageStatus kind="loading" />}
      {state.status === 'error' &&
        // A shopper cannot become a merchant by retrying: say why, offer no retry button.
        (state.error.code === 'FORBIDDEN' ? (
          <PageStatus kind="empty" message="仅商家可查看" />
        ) : (
          <PageStatus kind="error" message={errorMessage(state.error)} onRetry={reload} />
        ))}
      {state.status === 'ready' && (
        <>
          <Text className="stats-page__campaign" data-testid="stats-campaign">
            {state.value.title}
          </Text>
          <Text className="stats-page__campaign-id">{state.value.campaignId}</Text>
          <ViralCard viral={state.value.viral} />
          {/* Only an F码 campaign has batches and a hand-off tree: only it asks for them. */}
          {state.value.kind === 'fcode' && <FcodeSection campaignId={state.value.campaignId} />}
          {/* The one block that needs the merchant: held credits wait on them, so it comes
              before the numbers (and folds beyond a few, so the numbers stay in reach). */}
          <PendingCredits
            credits={state.value.pendingCredits}
            busy={busy}
            failure={failure}
            onReview={(creditId, decision) => void review(creditId, decision)}
          />
          {/* Also the merchant's to act on: paid orders of failed or full groups. */}
          <RefundOrders orderIds={state.value.refundOrderIds} />
          <FunnelChart funnel={state.value.funnel} />
          <SceneList scenes={state.value.scenes} />
          <TopSharers sharers={state.value.topSharers} share={state.value.topSharersShare} />
          {/* The merchant's own systems: whether they heard what happened. */}
          <WebhookDeliveries
            endpoints={webhooks.endpoints}
            replaying={webhooks.replaying}
            onReplay={(id) => void webhooks.replay(id)}
          />
        </>
      )}
      <PersonaSwitcher onChange={reloadAll} />
    </View>
  );
}
