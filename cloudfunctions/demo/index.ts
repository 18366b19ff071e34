import { campaignConfigSchema, type CampaignConfig } from '../contracts/campaign-config';
import bargain from './demo-bargain.json';
import assist from './demo-assist.json';
import welcome from './demo-welcome.json';
import group from './demo-group.json';
import fcode from './demo-fcode.json';
import circle from './demo-circle.json';

/** The demo campaigns present after the first start; acceptance tests rely on these ids. */
export function demoCampaigns(): CampaignConfig[] {
  return [bargain, assist, welcome, group, fcode, circle].map((raw) =>
    campaignConfigSchema.parse(raw),
  );
}

/** The demo F码 campaign's seed holders (personas), loaded as the merchant CLI would. */
export const DEMO_FCODE_SEEDS: { campaignId: string; openids: string[] } = {
  campaignId: 'demo-fcode',
  openids: ['u1', 'u5'],
};
