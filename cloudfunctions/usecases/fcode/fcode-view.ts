import type { FcodeBatchView, FcodeView, HeldCode, MyCode } from '../../contracts/fcode';
import { fcodePriceFen } from '../../domain/fcode/decide-fcode';
import { maskName } from '../../domain/shared/mask-name';
import type { Caller } from '../deps';
import type { Sql } from '../../store/store';
import { listOutbox } from '../outbox/record-outbox';
import { batchNumberOf, CODE_COLUMNS, type CodeRow, type FcodeCampaignRow } from './fcode-row';

interface BatchRow {
  number: number;
  title: string | null;
  size: number;
  given_out: number;
  reserved: number;
  used: number;
  released_at: Date;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const batchTitle = (number: number, title: string | null | undefined) => title ?? `第${number}批`;

/** Every released batch, counted live from its code rows. */
export async function batchViews(sql: Sql, campaignId: string): Promise<FcodeBatchView[]> {
  const rows = await sql.query<BatchRow>(
    `select b.number, b.title, b.size, b.released_at,
            count(*) filter (where c.status <> 'pooled')::int as given_out,
            count(*) filter (where c.status = 'reserved')::int as reserved,
            count(*) filter (where c.status = 'redeemed')::int as used
       from fcode_batch b join fcode_code c on c.batch_id = b.id
      where b.campaign_id = $1
      group by b.id order by b.number`,
    [campaignId],
  );
  return rows.map((b) => ({
    number: b.number,
    title: batchTitle(b.number, b.title),
    size: b.size,
    givenOut: b.given_out,
    reserved: b.reserved,
    used: b.used,
    releasedAt: b.released_at.toISOString(),
  }));
}

/** The campaign's codes as `viewer` sees them: the batch, their codes, their place in line. */
export async function fcodeView(
  sql: Sql,
  campaign: FcodeCampaignRow,
  viewer: Caller,
  now: Date,
): Promise<FcodeView> {
  const { config } = campaign;
  const batches = await batchViews(sql, campaign.id);
  const [counts] = await sql.query<{ waiting: number; open: number }>(
    `select (select count(*)::int from fcode_wait where campaign_id = $1 and status = 'waiting') as waiting,
            (select count(*)::int from fcode_code where campaign_id = $1 and status = 'pooled'
                and audience = 'waitlist') as open`,
    [campaign.id],
  );
  const codes = await sql.query<CodeRow>(
    `select ${CODE_COLUMNS} from fcode_code
      where campaign_id = $1 and (holder_openid = $2 or acceptor_openid = $2)
      order by batch_id, seq`,
    [campaign.id, viewer.openid],
  );
  const gone = await sql.query<{ code: string; batch_id: string }>(
    `select distinct code, batch_id from fcode_event
      where campaign_id = $1 and kind = 'expired' and from_openid = $2`,
    [campaign.id, viewer.openid],
  );
  const [wait] = await sql.query<{
    status: 'waiting' | 'promoted';
    seq: string;
    joined_at: Date;
    promoted_at: Date | null;
    ahead: number;
  }>(
    `select w.status, w.seq, w.joined_at, w.promoted_at,
            (select count(*)::int from fcode_wait o
              where o.campaign_id = w.campaign_id and o.status = 'waiting' and o.seq < w.seq) as ahead
       from fcode_wait w where w.campaign_id = $1 and w.openid = $2`,
    [campaign.id, viewer.openid],
  );
  // Filtered in SQL: a person's other campaigns (a bargain's every help) must not crowd out
  // this one's messages from the newest 20.
  const messages = await listOutbox(sql, {
    recipientOpenid: viewer.openid,
    campaignId: campaign.id,
    limit: 20,
  });

  const holding: HeldCode[] = [
    ...codes
      .filter((c) => c.holder_openid === viewer.openid)
      .map((c) => ({
        code: c.code,
        batch: batchNumberOf(c.batch_id),
        status: (c.status === 'redeemed'
          ? 'used'
          : c.status === 'reserved'
            ? 'reserved'
            : 'held') as HeldCode['status'],
        heldUntil: c.status === 'held' ? iso(c.held_until) : null,
        friend: c.acceptor_openid ? maskName(c.acceptor_openid) : null,
        reservedUntil: iso(c.reserved_until),
      })),
    ...gone
      .filter((g) => !codes.some((c) => c.code === g.code && c.holder_openid === viewer.openid))
      .map((g) => ({
        code: g.code,
        batch: batchNumberOf(g.batch_id),
        status: 'gone' as const,
        heldUntil: null,
        friend: null,
        reservedUntil: null,
      })),
  ];
  const own = codes
    .filter((c) => c.acceptor_openid === viewer.openid)
    .sort((a, b) => Number(b.status === 'reserved') - Number(a.status === 'reserved'))[0];
  const mine: MyCode | null = own
    ? {
        code: own.code,
        batch: batchNumberOf(own.batch_id),
        status: own.status === 'redeemed' ? 'redeemed' : 'reserved',
        via: own.via ?? 'friend',
        from: own.holder_openid ? maskName(own.holder_openid) : null,
        reservedUntil: iso(own.reserved_until),
        orderId: own.order_id,
      }
    : null;
  const next = config.fcode.batches
    .map((b, i) => ({ number: i + 1, title: batchTitle(i + 1, b.title), size: b.size }))
    .find((b) => !batches.some((x) => x.number === b.number));

  return {
    campaignId: campaign.id,
    productName: config.product.name,
    priceFen: fcodePriceFen(config),
    originalPriceFen: config.product.priceFen,
    validUntil: new Date(config.fcode.validUntil).toISOString(),
    reserveHours: config.fcode.reserveHours,
    batches,
    current: batches[batches.length - 1] ?? null,
    next: next ?? null,
    waiting: counts?.waiting ?? 0,
    openForWaitlist: counts?.open ?? 0,
    viewer: {
      holding,
      mine,
      waitlist: wait
        ? {
            status: wait.status,
            ahead: wait.status === 'waiting' ? wait.ahead : 0,
            joinedAt: wait.joined_at.toISOString(),
            promotedAt: iso(wait.promoted_at),
          }
        : null,
      messages: messages.map((m) => ({
        type: m.event_type,
        payload: m.payload,
        createdAt: m.created_at.toISOString(),
        deliveredAt: iso(m.delivered_at),
      })),
    },
    serverNow: now.toISOString(),
  };
}
