import type { CampaignConfig } from '../../contracts/campaign-config';
import { AppError } from '../../contracts/errors';
import type { HelpRefusalCode, Helper } from '../../domain/help/help-refusal';
import { chinaDay } from '../../domain/shared/china-day';
import type { Refusal } from '../../domain/shared/refusal';
import { refusedInStatement, type SqlParams } from '../../store/refused-in-statement';
import type { Store } from '../../store/store';
import {
  cachedVersions,
  campaignVersion,
  configOf,
  configUnlessCached,
} from '../campaign/campaign-config-cache';
import { outboxCte, targetSql, type PayloadSql } from '../outbox/outbox-cte';
import type { HelpKind } from './help-facts';
import { HELP_MESSAGES } from './help-messages';
import {
  helperAttribution,
  helperFactsColumns,
  helperOf,
  readFraudHistory,
  type HelperFactsRow,
} from './help-statement';
import { columnsAs, type HelpTargetRow } from './help-target-row';

/**
 * A help on a bargain or an assist, in the same two round trips for both. First one read,
 * without a lock: the target, its campaign's config (unless cached), the helper's facts and
 * the helpers so far. The rules decide on that. Then one statement writes everything the help
 * does, locking the target row for that statement only, and re-checks on the way what the
 * decision assumed (still open, the helper's first help, the day's limit); when one does not
 * hold, the statement raises and leaves nothing (fission_refuse) and the refusal is answered.
 * A target that closed between the read and the write is read and decided again.
 */

/** What every help reads with its target, before any lock. */
export type HelpFactsOf<R extends HelpTargetRow> = R &
  HelperFactsRow & { campaign_version: string; config: CampaignConfig | null };

type KindConfig<K extends HelpKind> = Extract<CampaignConfig, { kind: K }>;

/** The target `id`, its campaign and the helper `openid`'s facts, in one statement. */
export async function readHelpFacts<R extends HelpTargetRow>(
  store: Store,
  target: { kind: HelpKind; columns: string; id: string },
  openid: string,
  now: Date,
  /** More select-list columns the kind decides on ($3 is the helper, `c` the campaign). */
  extraColumns = '',
): Promise<HelpFactsOf<R> | undefined> {
  const [row] = await store.query<HelpFactsOf<R>>(
    `select ${columnsAs(target.columns, 'ht')},
            ${campaignVersion()} as campaign_version, ${configUnlessCached('$2')} as config,
            ${helperFactsColumns(target.kind)}${extraColumns ? `,\n            ${extraColumns}` : ''}
       from ${target.kind} ht
       join campaign c on c.id = ht.campaign_id
       ${helperAttribution}
      where ht.id = $1`,
    [target.id, cachedVersions(store), openid, chinaDay(now)],
  );
  if (row) await readFraudHistory(store, row, openid, now);
  return row;
}

export interface HelpRecording<K extends HelpKind, F extends HelpFactsOf<HelpTargetRow>, W> {
  kind: K;
  targetId: string;
  helperOpenid: string;
  /** How many times a target that closed meanwhile is read and decided again. */
  attempts: number;
  read(): Promise<F | undefined>;
  decide(facts: F, config: KindConfig<K>, helper: Helper): { ok: true } | Refusal<HelpRefusalCode>;
  /** The one statement; undefined when the target was no longer open for this help. */
  write(facts: F, config: KindConfig<K>): Promise<W | undefined>;
  /** A refusal the statement raised besides the helper's own: true to read and decide again. */
  retryAfter?(refused: string): boolean;
}

/** Reads, decides and writes one help (see above); the kind builds its answer from the result. */
export async function recordHelp<K extends HelpKind, F extends HelpFactsOf<HelpTargetRow>, W>(
  store: Store,
  help: HelpRecording<K, F, W>,
): Promise<{ facts: F; config: KindConfig<K>; helper: Helper; written: W }> {
  for (let attempt = 1; ; attempt += 1) {
    const facts = await help.read();
    if (!facts) throw new AppError('NOT_FOUND', `no ${help.kind} "${help.targetId}"`);
    const stored = await configOf(store, facts.campaign_id, facts.campaign_version, facts.config);
    if (stored.kind !== help.kind)
      throw new AppError('NOT_FOUND', `"${facts.campaign_id}" is not a ${help.kind} campaign`);
    const config = stored as KindConfig<K>;
    const helper = helperOf(facts, help.helperOpenid);
    const decision = help.decide(facts, config, helper);
    if (!decision.ok) throw new AppError(decision.code, HELP_MESSAGES[decision.code]);

    let written: W | undefined;
    try {
      written = await help.write(facts, config);
    } catch (error) {
      const refused = refusedInStatement(error);
      if (refused === 'ALREADY_HELPED' || refused === 'HELP_LIMIT')
        throw new AppError(refused, HELP_MESSAGES[refused]);
      if (refused && attempt < help.attempts && help.retryAfter?.(refused)) continue;
      throw error;
    }
    if (written) return { facts, config, helper, written };
    if (attempt >= help.attempts) throw new AppError('CLOSED', HELP_MESSAGES.CLOSED);
  }
}

/**
 * `upd`: the target's next help, guarded: open only while active, short of its helps and
 * before its end. The help that reaches the goal completes it and names its reward coupon.
 */
export function advanceCte(
  p: SqlParams,
  e: {
    kind: HelpKind;
    columns: string;
    id: string;
    at: string;
    rewardCouponId: string;
    /** The kind's own `set` assignments, each followed by a comma. */
    set?: string;
    /** The kind's own `returning` expressions, each preceded by a comma. */
    returning?: string;
  },
): string {
  const reaches = 'helps_done + 1 = helps_needed';
  return `upd as (
       update ${e.kind}
          set ${e.set ?? ''}helps_done = helps_done + 1,
              status = case when ${reaches} then 'completed' else status end,
              completed_at = case when ${reaches} then ${e.at} else completed_at end,
              reward_coupon_id = case when ${reaches}
                                      then ${p.add(e.rewardCouponId)} else reward_coupon_id end
        where id = ${p.add(e.id)} and status = 'active' and helps_done < helps_needed
          and ends_at > ${e.at}
        returning ${e.columns}${e.returning ?? ''}
     )`;
}

/** `help`: the help's own row, unique per helper (empty when they helped already). */
export function helpRowCte(
  p: SqlParams,
  e: { kind: HelpKind; helperOpenid: string; at: string; columns?: Record<string, string> },
): string {
  const names = Object.keys(e.columns ?? {}).map((c) => `, ${c}`);
  const values = Object.values(e.columns ?? {}).map((v) => `, ${v}`);
  return `help as (
       insert into ${e.kind}_help (${e.kind}_id, helper_openid, seq, helped_at${names.join('')})
       select id, ${p.add(e.helperOpenid)}, helps_done, ${e.at}${values.join('')} from upd
       on conflict (${e.kind}_id, helper_openid) do nothing
       returning seq, helper_openid
     )`;
}

/**
 * `outcome`: which of the decision's assumptions failed in the statement, or the kind's own
 * checks (`when … then …` lines), else `otherwise`; null when the target was no longer open.
 */
export function outcomeCte(otherwise: string, more = ''): string {
  return `outcome as (
       select case
         when not exists (select 1 from upd) then null
         when not exists (select 1 from help) then 'ALREADY_HELPED'
         when not exists (select 1 from day) then 'HELP_LIMIT'
         ${more}
         else ${otherwise}
       end as refusal
     )`;
}

type Who<K extends HelpKind> = 'campaignId' | `${K}Id` | 'initiatorOpenid' | 'helperOpenid';

/**
 * The initiator's news of this help, as CTEs over the written target (`upd`) and help: which
 * help it was comes from the help's own seq, so a help is told once whoever raced it; the last
 * one is told as completed instead.
 */
export function toldInitiatorCtes<K extends HelpKind>(
  p: SqlParams,
  kind: K,
  now: Date,
  payload: {
    helped: Omit<PayloadSql<`${K}.helped`>, Who<K>>;
    completed: Omit<PayloadSql<`${K}.completed`>, Who<K>>;
  },
): string {
  const common = {
    from: 'upd join help on true',
    recipientOpenid: 'upd.initiator_openid',
    campaignId: 'upd.campaign_id',
    target: targetSql(kind, 'upd.id'),
    now,
  };
  const who = {
    campaignId: 'upd.campaign_id',
    [`${kind}Id`]: 'upd.id',
    initiatorOpenid: 'upd.initiator_openid',
    helperOpenid: 'help.helper_openid',
  };
  const helped = outboxCte(p, 'told_helped', {
    ...common,
    eventType: `${kind}.helped` as const,
    where: "upd.status <> 'completed'",
    idempotencyKey: `'${kind}.helped:' || upd.id || ':' || help.seq`,
    payload: { ...who, ...payload.helped } as PayloadSql<`${K}.helped`>,
  });
  const completed = outboxCte(p, 'told_completed', {
    ...common,
    eventType: `${kind}.completed` as const,
    where: "upd.status = 'completed'",
    idempotencyKey: `'${kind}.completed:' || upd.id`,
    payload: { ...who, ...payload.completed } as PayloadSql<`${K}.completed`>,
  });
  return `${helped},\n     ${completed}`;
}
