// `npm run stats -- <campaignId>`: WeChat's notices first, then a campaign's statistics as
// tables, from the running local host (FISSION_HOST, default http://127.0.0.1:$PORT or 10086)
// as the merchant persona (FISSION_MERCHANT, default "merchant").
import type { CampaignStats } from '../../cloudfunctions/contracts/campaign';
import type { FcodeStats } from '../../cloudfunctions/contracts/fcode';
import type { WechatNotice } from '../../cloudfunctions/contracts/notice';
import { renderFcodeStats } from './render-fcode-stats';
import type { EndpointView } from '../../cloudfunctions/contracts/notify';
import { callAsMerchant, NoHostError } from './host-call';
import { renderNotices } from './render-notices';
import { renderStats } from './render-stats';
import { renderEndpoints } from './render-webhooks';

async function main(campaignId: string | undefined): Promise<number> {
  if (!campaignId) {
    console.error('usage: npm run stats -- <campaignId>');
    return 2;
  }
  const result = await callAsMerchant<{ stats: CampaignStats }>('campaign', {
    action: 'stats',
    campaignId,
  });
  // What WeChat said comes before any number, as on the stats page; a failure to read it is
  // said, not skipped, since it may hide a deadline.
  const notices = await callAsMerchant<{ notices: WechatNotice[] }>('campaign', {
    action: 'notices',
  });
  if (notices.ok && notices.data) console.log(`${renderNotices(notices.data.notices)}\n`);
  else
    console.error(
      `✖ WeChat's notices could not be read: ${notices.error?.code}: ${notices.error?.message}\n`,
    );
  if (!result.ok || !result.data) {
    console.error(`✖ ${result.error?.code}: ${result.error?.message}`);
    return 1;
  }
  console.log(renderStats(result.data.stats));
  // An F码 campaign has batches and a hand-off tree too.
  if (result.data.stats.kind === 'fcode') {
    const fcode = await callAsMerchant<{ stats: FcodeStats }>('fcode', {
      action: 'stats',
      campaignId,
    });
    if (fcode.ok && fcode.data) console.log(renderFcodeStats(fcode.data.stats));
  }
  // Where the merchant's systems are told, and whether they heard.
  const hooks = await callAsMerchant<{ endpoints: EndpointView[] }>('notify', {
    action: 'endpoints',
    limit: 10,
  });
  if (hooks.ok && hooks.data) console.log(`\n${renderEndpoints(hooks.data.endpoints)}`);
  return 0;
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof NoHostError ? `✖ ${error.message}` : error);
    process.exit(2);
  },
);
