import type { CampaignConfig } from '../../contracts/campaign-config';
import type { Finding } from './finding';

/** A rule over what a config does; its findings get the rule's id, severity and source. */
export interface ConfigRule {
  severity: Finding['severity'];
  source: string;
  check(config: CampaignConfig): Pick<Finding, 'path' | 'message' | 'rewrite'>[];
}
