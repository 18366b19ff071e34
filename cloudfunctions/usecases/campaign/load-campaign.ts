import type { CampaignStatus } from '../../contracts/campaign';
import { AppError } from '../../contracts/errors';
import { checkCampaign } from '../../domain/compliance/check-campaign';
import { checkCompliance } from '../../domain/compliance/compliance-rules';
import { formatPath, type Finding } from '../../domain/compliance/finding';
import type { Deps } from '../../functions/caller';
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

/** A merchant loads a config: it lands as a draft, visible only in preview, or is refused. */
export async function loadCampaign(
  input: { config: unknown },
  { store, clock }: Deps,
): Promise<Loaded> {
  const check = checkCampaign(input.config);
  if (!check.ok || !check.config) refuse(check.findings);
  await saveCampaign(store, check.config, 'draft', clock());
  return { campaignId: check.config.id, status: 'draft', warnings: check.findings };
}

/** Publishing checks the stored config again, then makes it live in one conditional update. */
export async function publishCampaign(
  input: { campaignId: string },
  { store, clock }: Deps,
): Promise<Loaded> {
  const campaign = await findCampaign(store, input.campaignId);
  const findings = checkCompliance(campaign.config);
  if (findings.some((f) => f.severity === 'error')) refuse(findings);
  await store.query(`update campaign set status = 'live', updated_at = $2 where id = $1`, [
    campaign.id,
    clock(),
  ]);
  return { campaignId: campaign.id, status: 'live', warnings: findings };
}
