import type { CampaignStatus } from '../../contracts/campaign';
import { AppError } from '../../contracts/errors';
import { checkCampaign } from '../../domain/compliance/check-campaign';
import { checkCompliance } from '../../domain/compliance/compliance-rules';
import { formatPath, type Finding } from '../../domain/compliance/finding';
import { CAMPAIGN_MOVES, type CampaignMove } from '../../domain/campaign/campaign-lifecycle';
import type { Deps } from '../deps';
import { findCampaign } from './find-campaign';
import { saveCampaign } from './save-campaign';

interface Loaded {
  campaignId: string;
  status: CampaignStatus;
  warnings: Finding[];
}

function refuse(findings: Finding[]): never {
  const errors = findings.filter((f) => f.severity === 'error');
  const list = errors
    .slice(0, 5)
    .map((f) => `${formatPath(f.path)}: ${f.message} [${f.ruleId}]`)
    .join('; ');
  throw new AppError('INVALID_INPUT', `${errors.length} problem(s): ${list}`);
}

/**
 * A merchant loads a config: a new campaign lands as a draft, visible only in preview; an
 * existing one keeps its state (a live campaign never goes back to draft) and, once people
 * took part, may change only its copy (CAMPAIGN_LOCKED otherwise). Refused configs change
 * nothing.
 */
export async function loadCampaign(
  input: { config: unknown },
  { store, clock }: Deps,
): Promise<Loaded> {
  const check = checkCampaign(input.config);
  if (!check.ok || !check.config) refuse(check.findings);
  const status = await saveCampaign(store, check.config, undefined, clock());
  return { campaignId: check.config.id, status, warnings: check.findings };
}

/** Publishing checks the stored config again (rules may have grown since it was loaded). */
export async function publishCampaign(input: { campaignId: string }, deps: Deps): Promise<Loaded> {
  const campaign = await findCampaign(deps.store, input.campaignId);
  const findings = checkCompliance(campaign.config);
  if (findings.some((f) => f.severity === 'error')) refuse(findings);
  const status = await moveCampaign(input.campaignId, 'publish', deps);
  return { campaignId: campaign.id, status, warnings: findings };
}

/**
 * One move of the lifecycle, by one conditional update: it happens only from a state the
 * table allows, so two merchants' moves never interleave into a state neither chose. Making a
 * move the campaign already made (pausing a paused campaign) answers its state again.
 */
export async function moveCampaign(
  campaignId: string,
  move: CampaignMove,
  { store, clock }: Deps,
): Promise<CampaignStatus> {
  const { from, to } = CAMPAIGN_MOVES[move];
  const moved = await store.query(
    `update campaign set status = $2, updated_at = $4 where id = $1 and status = any($3::text[])
     returning status`,
    [campaignId, to, from, clock()],
  );
  if (moved.length > 0) return to;
  const campaign = await findCampaign(store, campaignId);
  if (campaign.status === to) return to;
  throw new AppError(
    'INVALID_TRANSITION',
    `a ${campaign.status} campaign cannot ${move} (draft → live → paused ⇄ live → ended)`,
  );
}
