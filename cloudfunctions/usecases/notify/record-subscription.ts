import type { SubscriptionTargetInput } from '../../contracts/notify';
import { AppError } from '../../contracts/errors';
import { subscriptionTarget } from '../../domain/notify/subscription-target';
import type { Caller, Deps } from '../deps';
import type { NotifySettings } from './notify-settings';

/** WeChat lets grants pile up; more than this unused for one target is a client looping. */
export const MAX_UNSPENT_GRANTS = 20;

/** Where each kind of target lives: a subscription is for something that exists. */
const TARGET_TABLES: Record<SubscriptionTargetInput['kind'], string> = {
  bargain: `select 1 from bargain where id = $1`,
  assist: `select 1 from assist where id = $1`,
  group: `select 1 from group_buy where id = $1`,
  fcode: `select 1 from campaign where id = $1 and kind = 'fcode' and status <> 'draft'`,
};

/**
 * Records one grant the client obtained from `requestSubscribeMessage` (after a tap) for a
 * bargain, assist, group or F码 campaign: the dispatcher may then send this person one
 * message about it. The template must be the one the server sends with; a grant for another
 * template could never be used. The count and the insert are one statement, so a burst of
 * taps cannot pass the cap together.
 */
export async function recordSubscription(
  input: { templateId: string; target: SubscriptionTargetInput },
  caller: Caller,
  { store, clock }: Deps,
  settings: Pick<NotifySettings, 'templateId'>,
): Promise<{ unspent: number }> {
  if (!settings.templateId)
    throw new AppError('INVALID_INPUT', 'subscribe messages are not configured on this server');
  if (input.templateId !== settings.templateId)
    throw new AppError('INVALID_INPUT', `unknown subscribe template "${input.templateId}"`);
  const exists = await store.query(TARGET_TABLES[input.target.kind], [input.target.id]);
  if (exists.length === 0)
    throw new AppError('NOT_FOUND', `no ${input.target.kind} "${input.target.id}"`);
  const target = subscriptionTarget(input.target.kind, input.target.id);
  return store.transaction(async (tx) => {
    // The person's row for this target serialises their taps (a lock on what they own only).
    await tx.query(`select pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      `subscription:${caller.openid}:${target}`,
    ]);
    const [row] = await tx.query<{ unspent: number }>(
      `with held as (
         select count(*)::int as n from subscription
          where openid = $1 and target = $2 and spent_at is null
       ),
       added as (
         insert into subscription (openid, template_id, target, granted_at)
         select $1, $3, $2, $4 from held where n < $5
         returning 1
       )
       select (select n from held) + (select count(*)::int from added) as unspent`,
      [caller.openid, target, input.templateId, clock(), MAX_UNSPENT_GRANTS],
    );
    return { unspent: row!.unspent };
  });
}
