import type { CampaignConfig } from '../../contracts/campaign-config';
import { AppError } from '../../contracts/errors';
import type { Sql } from '../../store/store';

/**
 * A released batch is a promise: its size is fixed and it stays listed. A config saved later
 * may add batches (a new, visible release) but may not change or drop one already released,
 * nor turn a live F码 campaign into another kind.
 */
export async function guardReleasedBatches(tx: Sql, config: CampaignConfig): Promise<void> {
  const released = await tx.query<{ number: number; size: number }>(
    'select number, size from fcode_batch where campaign_id = $1 order by number',
    [config.id],
  );
  if (released.length === 0) return;
  if (config.kind !== 'fcode')
    throw new AppError(
      'INVALID_INPUT',
      `${config.id} has released F码 batches: it stays an F码 campaign`,
    );
  for (const batch of released) {
    const now = config.fcode.batches[batch.number - 1];
    if (!now || now.size !== batch.size) {
      throw new AppError(
        'INVALID_INPUT',
        `fcode.batches[${batch.number - 1}]: batch ${batch.number} was released with ${batch.size} codes; its size is fixed (add a new batch instead)`,
      );
    }
  }
}
