import type { FcodeCampaign } from '../../contracts/campaign-config';
import { newFcode, FCODE_LENGTH } from '../../domain/fcode/fcode-code';
import {
  releasedBatchNumbers,
  reservedUntil,
  type FcodeStatus,
} from '../../domain/fcode/decide-fcode';
import type { Sql } from '../../store/store';
import type { StoredCampaign } from '../campaign/find-campaign';
import { recordOutbox } from '../outbox/record-outbox';
import { subscriptionTarget } from '../../domain/notify/subscription-target';
import { pagePath } from '../../contracts/routes';

export type FcodeCampaignRow = StoredCampaign & { config: FcodeCampaign };

export interface CodeRow {
  code: string;
  batch_id: string;
  campaign_id: string;
  seq: number;
  status: FcodeStatus;
  audience: 'holders' | 'waitlist';
  holder_openid: string | null;
  holder_generation: number | null;
  held_until: Date | null;
  acceptor_openid: string | null;
  generation: number | null;
  via: 'friend' | 'waitlist' | null;
  reserved_until: Date | null;
  order_id: string | null;
  redeemed_at: Date | null;
}

export const CODE_COLUMNS = `code, batch_id, campaign_id, seq, status, audience, holder_openid,
  holder_generation, held_until, acceptor_openid, generation, via, reserved_until, order_id,
  redeemed_at`;

export const batchId = (campaignId: string, number: number) => `${campaignId}:${number}`;
export const batchNumberOf = (id: string) => Number(id.slice(id.lastIndexOf(':') + 1));

export async function findCode(sql: Sql, code: string): Promise<CodeRow | undefined> {
  const [row] = await sql.query<CodeRow>(`select ${CODE_COLUMNS} from fcode_code where code = $1`, [
    code,
  ]);
  return row;
}

/**
 * Releases the batches whose time has come: the batch row is inserted once (ON CONFLICT DO
 * NOTHING), and only the transaction that inserted it mints its codes, all of them, in the
 * same transaction. Its size is never updated afterwards: a new batch is a new release.
 * Returns the numbers released now.
 */
export async function releaseBatches(
  tx: Sql,
  campaign: FcodeCampaignRow,
  now: Date,
): Promise<number[]> {
  if (campaign.status !== 'live') return [];
  const due = releasedBatchNumbers(campaign.config.fcode.batches, now);
  if (due.length === 0) return [];
  const known = await tx.query<{ number: number }>(
    'select number from fcode_batch where campaign_id = $1',
    [campaign.id],
  );
  const have = new Set(known.map((b) => b.number));
  const released: number[] = [];
  for (const number of due) {
    if (have.has(number)) continue;
    const batch = campaign.config.fcode.batches[number - 1]!;
    const id = batchId(campaign.id, number);
    const inserted = await tx.query(
      `insert into fcode_batch (id, campaign_id, number, size, title, audience, released_at)
       values ($1, $2, $3, $4, $5, $6, $7)
       on conflict (campaign_id, number) do nothing returning id`,
      [id, campaign.id, number, batch.size, batch.title ?? null, batch.to, now],
    );
    if (inserted.length === 0) continue;
    await mintCodes(tx, { id, campaignId: campaign.id, size: batch.size, audience: batch.to }, now);
    released.push(number);
  }
  return released;
}

/** Exactly `size` codes, numbered 1…size; a random collision is simply drawn again. */
async function mintCodes(
  tx: Sql,
  batch: { id: string; campaignId: string; size: number; audience: string },
  now: Date,
): Promise<void> {
  let next = 1;
  while (next <= batch.size) {
    const count = Math.min(batch.size - next + 1, 5000);
    const codes = Array.from({ length: count }, () => newFcode());
    const seqs = codes.map((_, i) => next + i);
    const rows = await tx.query<{ seq: number }>(
      `insert into fcode_code (code, batch_id, campaign_id, seq, status, audience, updated_at)
       select c, $1, $2, s, 'pooled', $3, $4 from unnest($5::text[], $6::int[]) as t(c, s)
       on conflict (code) do nothing returning seq`,
      [batch.id, batch.campaignId, batch.audience, now, codes, seqs],
    );
    if (rows.length === count) {
      next += count;
      continue;
    }
    // Rare (31⁸ codes): keep what landed, draw the missing numbers again.
    const landed = new Set(rows.map((r) => r.seq));
    const missing = seqs.filter((s) => !landed.has(s));
    for (const seq of missing) {
      for (;;) {
        const [row] = await tx.query(
          `insert into fcode_code (code, batch_id, campaign_id, seq, status, audience, updated_at)
           values ($1, $2, $3, $4, 'pooled', $5, $6) on conflict (code) do nothing returning seq`,
          [newFcode(), batch.id, batch.campaignId, seq, batch.audience, now],
        );
        if (row) break;
      }
    }
    next += count;
  }
  if (FCODE_LENGTH !== 9) throw new Error('code length changed: revisit the column checks');
}

/**
 * The waitlist's order lock, taken first by everything that gives codes to waiting people or
 * numbers a new one (lock order: queue row, then code rows).
 */
export async function lockQueue(tx: Sql, campaignId: string): Promise<void> {
  await tx.query(
    `insert into fcode_queue (campaign_id) values ($1)
     on conflict (campaign_id) do update set joined = fcode_queue.joined
     returning joined`,
    [campaignId],
  );
}

/** Whether anything is due to move: a cheap read, so the hot paths lock only when needed. */
export async function fcodesDue(sql: Sql, campaign: FcodeCampaignRow, now: Date): Promise<boolean> {
  const released = releasedBatchNumbers(campaign.config.fcode.batches, now).length;
  const [row] = await sql.query<{ batches: number; due: boolean }>(
    `select (select count(*)::int from fcode_batch where campaign_id = $1) as batches,
            exists (select 1 from fcode_code where campaign_id = $1 and status = 'held' and held_until <= $2)
         or exists (select 1 from fcode_code where campaign_id = $1 and status = 'reserved' and reserved_until <= $2)
         or (exists (select 1 from fcode_code where campaign_id = $1 and status = 'pooled' and audience = 'waitlist')
             and exists (select 1 from fcode_wait where campaign_id = $1 and status = 'waiting')) as due`,
    [campaign.id, now],
  );
  return (campaign.status === 'live' && (row?.batches ?? 0) < released) || Boolean(row?.due);
}

/**
 * Moves what time has moved, under the waitlist's lock: batches due are released; a friend's
 * lapsed reservation returns the code to its giver; a code nobody handed on in time, or a
 * waitlist reservation that lapsed, goes to the waitlist; then waiting people receive pooled
 * codes strictly in the order they joined. Every update is conditional on the state it
 * leaves, so of concurrent settlers the second finds nothing left to do.
 */
export async function settleFcodes(tx: Sql, campaign: FcodeCampaignRow, now: Date): Promise<void> {
  await lockQueue(tx, campaign.id);
  await releaseBatches(tx, campaign, now);
  const returned = await tx.query<{
    code: string;
    batch_id: string;
    holder_openid: string;
    from: string;
  }>(
    `with lapsed as (
       select code, acceptor_openid from fcode_code
        where campaign_id = $1 and status = 'reserved' and reserved_until <= $2
          and holder_openid is not null
        for update
     )
     update fcode_code c set status = 'held', acceptor_openid = null, generation = null,
            via = null, reserved_until = null, updated_at = $2
       from lapsed l where c.code = l.code
     returning c.code, c.batch_id, c.holder_openid, l.acceptor_openid as from`,
    [campaign.id, now],
  );
  const lapsed = await tx.query<{ code: string; batch_id: string; from: string }>(
    `with lapsed as (
       select code, acceptor_openid from fcode_code
        where campaign_id = $1 and status = 'reserved' and reserved_until <= $2
          and holder_openid is null
        for update
     )
     update fcode_code c set status = 'pooled', audience = 'waitlist', acceptor_openid = null,
            generation = null, via = null, reserved_until = null, updated_at = $2
       from lapsed l where c.code = l.code
     returning c.code, c.batch_id, l.acceptor_openid as from`,
    [campaign.id, now],
  );
  const freed = [...returned, ...lapsed].map((r) => r.code);
  if (freed.length > 0) {
    await tx.query('delete from fcode_holding where code = any($1)', [freed]);
  }
  const expired = await tx.query<{ code: string; batch_id: string; from: string }>(
    `with due as (
       select code, holder_openid from fcode_code
        where campaign_id = $1 and status = 'held' and held_until <= $2
        for update
     )
     update fcode_code c set status = 'pooled', audience = 'waitlist', holder_openid = null,
            holder_generation = null, held_until = null, updated_at = $2
       from due d where c.code = d.code
     returning c.code, c.batch_id, d.holder_openid as from`,
    [campaign.id, now],
  );
  const events = [
    ...returned.map((r) => ({ ...r, kind: 'returned', to: r.holder_openid })),
    ...lapsed.map((r) => ({ ...r, kind: 'lapsed', to: null })),
    ...expired.map((r) => ({ ...r, kind: 'expired', to: null })),
  ];
  if (events.length > 0) {
    await tx.query(
      `insert into fcode_event (code, campaign_id, batch_id, kind, from_openid, to_openid, at)
       select e.code, $1, e.batch_id, e.kind, e.from_openid, e.to_openid, $2
         from jsonb_to_recordset($3::jsonb)
           as e(code text, batch_id text, kind text, from_openid text, to_openid text)`,
      [
        campaign.id,
        now,
        JSON.stringify(
          events.map((e) => ({
            code: e.code,
            batch_id: e.batch_id,
            kind: e.kind,
            from_openid: e.from,
            to_openid: e.to,
          })),
        ),
      ],
    );
  }
  await promoteWaiting(tx, campaign, now);
}

/**
 * Gives pooled waitlist codes to waiting people, earliest first. The caller holds the queue
 * lock, so no earlier joiner can still be uncommitted. A person who already holds a code of
 * that batch is passed over for it (one code per person per batch) and keeps their place.
 */
export async function promoteWaiting(
  tx: Sql,
  campaign: FcodeCampaignRow,
  now: Date,
): Promise<number> {
  const pool = await tx.query<{ code: string; batch_id: string }>(
    `select c.code, c.batch_id from fcode_code c join fcode_batch b on b.id = c.batch_id
      where c.campaign_id = $1 and c.status = 'pooled' and c.audience = 'waitlist'
      order by b.number, c.seq
      for update of c`,
    [campaign.id],
  );
  if (pool.length === 0) return 0;
  const waiting = await tx.query<{ openid: string; seq: string }>(
    `select openid, seq from fcode_wait where campaign_id = $1 and status = 'waiting'
      order by seq`,
    [campaign.id],
  );
  let w = 0;
  let promoted = 0;
  const until = reservedUntil(now, campaign.config.fcode.reserveHours);
  for (const code of pool) {
    let given = false;
    while (!given && w < waiting.length) {
      const person = waiting[w++]!;
      const [holding] = await tx.query(
        `insert into fcode_holding (batch_id, openid, code) values ($1, $2, $3)
         on conflict (batch_id, openid) do nothing returning code`,
        [code.batch_id, person.openid, code.code],
      );
      if (!holding) continue;
      const moved = await tx.query(
        `update fcode_code set status = 'reserved', acceptor_openid = $2, generation = 1,
                via = 'waitlist', reserved_until = $3, updated_at = $4
          where code = $1 and status = 'pooled' returning code`,
        [code.code, person.openid, until, now],
      );
      if (moved.length === 0) throw new Error(`code ${code.code} left the pool under its lock`);
      await tx.query(
        `update fcode_wait set status = 'promoted', code = $3, promoted_at = $4
          where campaign_id = $1 and openid = $2 and status = 'waiting'`,
        [campaign.id, person.openid, code.code, now],
      );
      await tx.query(
        `insert into fcode_event (code, campaign_id, batch_id, kind, to_openid, generation, at)
         values ($1, $2, $3, 'promoted', $4, 1, $5)`,
        [code.code, campaign.id, code.batch_id, person.openid, now],
      );
      await recordOutbox(tx, {
        eventType: 'fcode.promoted',
        recipientOpenid: person.openid,
        payload: {
          campaignId: campaign.id,
          code: code.code,
          batch: batchNumberOf(code.batch_id),
          reservedUntil: until.toISOString(),
          page: pagePath('fcode', { campaignId: campaign.id }),
        },
        idempotencyKey: `fcode.promoted:${campaign.id}:${person.openid}`,
        campaignId: campaign.id,
        target: subscriptionTarget('fcode', campaign.id),
        now,
      });
      given = true;
      promoted++;
    }
    if (!given) break;
  }
  return promoted;
}

/** Settles only when something is due, so a quiet campaign's reads take no lock. */
export async function settleIfDue(tx: Sql, campaign: FcodeCampaignRow, now: Date): Promise<void> {
  if (await fcodesDue(tx, campaign, now)) await settleFcodes(tx, campaign, now);
}
