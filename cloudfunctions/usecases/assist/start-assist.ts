import type { AssistStartResult, AssistView } from '../../contracts/assist';
import { AppError } from '../../contracts/errors';
import { newId } from '../../domain/shared/ids';
import type { AssistCampaign, AssistSettings } from '../../contracts/campaign-config';
import type { Caller, Deps } from '../deps';
import { reserveCoupon } from '../coupon/issue-coupon';
import { HELP_MESSAGES } from '../help/help-messages';
import { startHelpTarget, type StartKind } from '../help/start-help-target';
import { ASSIST_COLUMNS, expireAssists, type AssistRow } from './assist-row';
import { assistView } from './assist-view';

/**
 * An assist's start promises the initiator's reward, so one unit of its budget is reserved
 * then: when nothing is left to promise, the start is refused (BUDGET_EXHAUSTED) instead of a
 * reward failing later.
 */
export const ASSIST_START: StartKind<AssistCampaign, AssistSettings, AssistRow, AssistView> = {
  kind: 'assist',
  columns: ASSIST_COLUMNS,
  configOf: (config) => (config.kind === 'assist' ? config : undefined),
  settingsOf: (config) => config.assist,
  expireOwn: (tx, campaignId, initiatorOpenid, now) =>
    expireAssists(tx, now, { campaignId, initiatorOpenid }),
  async insert(tx, { campaign, settings, caller, now }, endsAt) {
    const [created] = await tx.query<AssistRow>(
      `insert into assist (id, campaign_id, initiator_openid, status, helps_needed, helps_done,
         started_at, ends_at, reward_template_id)
       values ($1, $2, $3, 'active', $4, 0, $5, $6, $7)
       on conflict (campaign_id, initiator_openid) where status = 'active' do nothing
       returning ${ASSIST_COLUMNS}`,
      [
        newId('ast'),
        campaign.id,
        caller.openid,
        settings.helpsNeeded,
        now,
        endsAt,
        settings.initiatorRewardTemplateId,
      ],
    );
    return created;
  },
  async afterCounted(tx, settings, now) {
    // A reservation whose assist lapsed unfinished is given back here, on demand: WeChat has
    // no host sweeping in the background, and the lapsed initiator may never return.
    const template = settings.initiatorRewardTemplateId;
    const reserved =
      (await reserveCoupon(tx, template)) ||
      ((await expireAssists(tx, now, { rewardTemplateId: template })) > 0 &&
        (await reserveCoupon(tx, template)));
    if (!reserved) throw new AppError('BUDGET_EXHAUSTED', HELP_MESSAGES.BUDGET_EXHAUSTED);
  },
  view: assistView,
};

/** Starts an assist, or hands back the caller's active one (see startHelpTarget). */
export async function startAssist(
  input: { campaignId: string },
  caller: Caller,
  deps: Deps,
): Promise<AssistStartResult> {
  const { view, created } = await startHelpTarget(ASSIST_START, input, caller, deps);
  return { assist: view, created };
}
