import { AppError } from '../../contracts/errors';
import { parseFcode } from '../../domain/fcode/fcode-code';
import type { Sql } from '../../store/store';
import { findCampaignOfKind } from '../campaign/find-campaign';
import { FCODE_MESSAGES } from './fcode-messages';
import { findCode, settleIfDue, type CodeRow, type FcodeCampaignRow } from './fcode-row';

/** An F码 campaign as shoppers may see it: drafts do not exist for them. */
export async function findFcodeCampaign(sql: Sql, campaignId: string): Promise<FcodeCampaignRow> {
  const campaign = await findCampaignOfKind(sql, campaignId, 'fcode');
  if (campaign.status === 'draft') throw new AppError('NOT_FOUND', `no campaign "${campaignId}"`);
  return campaign;
}

/**
 * A code and its campaign as they stand now: whatever fell due is settled first (a code not
 * handed on in time goes to the waitlist, a reservation lapses), and the code is read again.
 */
export async function findSettledCode(
  sql: Sql,
  code: string,
  now: Date,
): Promise<{ campaign: FcodeCampaignRow; row: CodeRow }> {
  const found = await findCode(sql, code);
  if (!found) throw new AppError('NOT_FOUND', FCODE_MESSAGES.NOT_FOUND);
  const campaign = await findFcodeCampaign(sql, found.campaign_id);
  await settleIfDue(sql, campaign, now);
  return { campaign, row: (await findCode(sql, code))! };
}

/** A typed code, normalised, or INVALID_INPUT: the check character catches a typo here. */
export function parseCodeOrThrow(typed: string): string {
  const code = parseFcode(typed);
  if (!code) throw new AppError('INVALID_INPUT', FCODE_MESSAGES.MALFORMED);
  return code;
}
