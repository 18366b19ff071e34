// `npm run stats -- <campaignId>`: WeChat's notices first, then a campaign's statistics as
// tables, from the running local host (FISSION_HOST, default http://127.0.0.1:$PORT or 10086)
// as the merchant persona (FISSION_MERCHANT, default "merchant").
import type { CampaignStats } from '../../cloudfunctions/contracts/campaign';
import type { FcodeStats } from '../../cloudfunctions/contracts/fcode';
import type { WechatNotice } from '../../cloudfunctions/contracts/notice';
import { renderFcodeStats } from './render-fcode-stats';
import { renderNotices } from './render-notices';
import { renderStats } from './render-stats';

const host = process.env.FISSION_HOST ?? `http://127.0.0.1:${process.env.PORT ?? 10086}`;
const merchant = process.env.FISSION_MERCHANT ?? 'merchant';

async function main(campaignId: string | undefined): Promise<number> {
  if (!campaignId) {
    console.error('usage: npm run stats -- <campaignId>');
    return 2;
  }
  let response: Response;
  try {
    response = await fetch(`${host}/api/campaign`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-fission-openid': merchant },
      body: JSON.stringify({ action: 'stats', campaignId }),
    });
  } catch {
    console.error(
      `✖ no local host answers at ${host}: start it with \`npm start\` (or set FISSION_HOST)`,
    );
    return 2;
  }
  const result = (await response.json()) as {
    ok: boolean;
    data?: { stats: CampaignStats };
    error?: { code: string; message: string };
  };
  // What WeChat said comes before any number, as on the stats page; a failure to read it is
  // said, not skipped, since it may hide a deadline.
  const notices = (await (
    await fetch(`${host}/api/campaign`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-fission-openid': merchant },
      body: JSON.stringify({ action: 'notices' }),
    })
  ).json()) as {
    ok: boolean;
    data?: { notices: WechatNotice[] };
    error?: { code: string; message: string };
  };
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
  // An F码 campaign has batches and a hand-off tree too; any other kind answers NOT_FOUND.
  const fcode = (await (
    await fetch(`${host}/api/fcode`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-fission-openid': merchant },
      body: JSON.stringify({ action: 'stats', campaignId }),
    })
  ).json()) as { ok: boolean; data?: { stats: FcodeStats } };
  if (fcode.ok && fcode.data) console.log(renderFcodeStats(fcode.data.stats));
  return 0;
}

void main(process.argv[2]).then((code) => process.exit(code));
