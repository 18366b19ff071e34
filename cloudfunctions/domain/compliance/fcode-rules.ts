import type { CampaignConfig } from '../../contracts/campaign-config';
import { fcodeScarcityFindings } from '../fcode/fcode-scarcity';
import { campaignTexts } from './campaign-texts';
import type { Finding } from './finding';

export const FCODE_FALSE_CLAIMS = '《微信小程序平台运营规范》3.x 虚假与欺诈类（误导性宣传）';

/**
 * `fcode-scarcity-mismatch`: an F码 campaign's scarcity copy must agree with its configured
 * batches (see fcodeScarcityFindings). Other kinds have no batches: nothing to check.
 */
export function fcodeScarcityMismatch(
  c: CampaignConfig,
): Omit<Finding, 'ruleId' | 'severity' | 'source'>[] {
  return c.kind === 'fcode' ? fcodeScarcityFindings(c, campaignTexts(c)) : [];
}
