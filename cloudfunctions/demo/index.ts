import { campaignConfigSchema, type CampaignConfig } from '../contracts/campaign-config';
import bargain from './demo-bargain.json';
import assist from './demo-assist.json';
import welcome from './demo-welcome.json';
import group from './demo-group.json';

/** The demo campaigns present after the first start; acceptance tests rely on these ids. */
export function demoCampaigns(): CampaignConfig[] {
  return [bargain, assist, welcome, group].map((raw) => campaignConfigSchema.parse(raw));
}
