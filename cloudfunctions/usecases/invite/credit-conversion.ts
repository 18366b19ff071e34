import type { CampaignConfig } from '../../contracts/campaign-config';
import type { ConversionStage } from '../../contracts/invite';
import { creditFor } from '../../domain/attribution/conversion-credit';
import {
  evaluateFraud,
  fraudLookbackMinutes,
  type FraudFlag,
} from '../../domain/attribution/fraud-rules';
import { newId } from '../../domain/shared/ids';
import type { Caller } from '../deps';
import type { Sql } from '../../store/store';
import { markParticipant } from '../campaign/see-user';

export interface ConversionEvent {
  campaign: CampaignConfig;
  inviteeOpenid: string;
  stage: ConversionStage;
  /** What the conversion was about (the bargain helped, the order…): one credit per ref. */
  refId: string;
  clientIp: string | null;
  now: Date;
}

const MINUTE_MS = 60_000;

/**
 * Credits the invitee's sharer for a real action, inside the caller's transaction: nothing if
 * the invitee was not brought by anyone or the window has passed, once per (invitee, stage,
 * ref) by a unique key. Suspicious credits are flagged and held as pending, never dropped.
 */
export async function creditConversion(tx: Sql, e: ConversionEvent): Promise<void> {
  const [attribution] = await tx.query<{ sharer_openid: string; attributed_at: Date }>(
    'select sharer_openid, attributed_at from attribution where campaign_id = $1 and invitee_openid = $2',
    [e.campaign.id, e.inviteeOpenid],
  );
  if (!attribution) return;
  const flags = await fraudFlags(tx, e, attribution.sharer_openid);
  const row = conversionFor(e, attribution, flags);
  if (!row) return;
  await tx.query(
    `insert into conversion (id, campaign_id, invitee_openid, sharer_openid, stage, ref_id, xp,
       status, hold_until, flags, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     on conflict (campaign_id, invitee_openid, stage, ref_id) do nothing`,
    [
      row.id,
      e.campaign.id,
      e.inviteeOpenid,
      row.sharerOpenid,
      e.stage,
      e.refId,
      row.xp,
      row.status,
      row.holdUntil,
      row.flags,
      e.now,
    ],
  );
}

/** What fraud rules look at, as columns of one select (see fraudHistoryColumns). */
export interface FraudHistory {
  recent: { invitee: string; ip: string | null; at: string }[] | null;
  helps: number;
  visits: number;
  starts: number;
  orders: number;
}

/**
 * The history the fraud rules read, as select-list columns over SQL expressions for the
 * campaign, the sharer, the invitee and the lookback's start: one source for the credit read
 * here and for the reads a hot action does before its one write.
 */
export function fraudHistoryColumns(
  campaign: string,
  sharer: string,
  invitee: string,
  since: string,
) {
  return `(select json_agg(json_build_object('invitee', invitee_openid, 'ip', client_ip, 'at', attributed_at))
          from attribution where campaign_id = ${campaign} and sharer_openid = ${sharer} and attributed_at >= ${since}) as recent,
       (select count(*)::int from bargain_help h join bargain b on b.id = h.bargain_id
          where b.campaign_id = ${campaign} and h.helper_openid = ${invitee})
       + (select count(*)::int from assist_help h join assist a on a.id = h.assist_id
          where a.campaign_id = ${campaign} and h.helper_openid = ${invitee}) as helps,
       (select count(*)::int from visit where campaign_id = ${campaign} and openid = ${invitee}) as visits,
       (select coalesce(max(starts), 0)::int from start_count where campaign_id = ${campaign} and openid = ${invitee}) as starts,
       (select count(*)::int from shop_order where campaign_id = ${campaign} and buyer_openid = ${invitee}) as orders`;
}

export const fraudLookbackStart = (now: Date) =>
  new Date(now.getTime() - fraudLookbackMinutes() * MINUTE_MS);

/** The flags a conversion raises, from its history. */
export function fraudFlagsFrom(
  e: Pick<ConversionEvent, 'stage' | 'inviteeOpenid' | 'clientIp' | 'now'>,
  sharerOpenid: string,
  history: FraudHistory | undefined,
): FraudFlag[] {
  if (e.stage !== 'arrived' && e.stage !== 'helped') return [];
  return evaluateFraud(
    {
      kind: e.stage === 'arrived' ? 'attributed' : 'helped',
      sharerOpenid,
      inviteeOpenid: e.inviteeOpenid,
      clientIp: e.clientIp,
      at: e.now,
    },
    {
      sharerAttributions: (history?.recent ?? []).map((r) => ({
        inviteeOpenid: r.invitee,
        clientIp: r.ip,
        at: new Date(r.at),
      })),
      inviteeActivity: {
        helps: history?.helps ?? 0,
        otherVisits: Math.max((history?.visits ?? 0) - 1, 0),
        starts: history?.starts ?? 0,
        orders: history?.orders ?? 0,
      },
    },
  );
}

/** The conversion row to insert for an attributed event, or null when nothing is credited. */
export function conversionFor(
  e: ConversionEvent,
  attribution: { sharer_openid: string; attributed_at: Date },
  flags: FraudFlag[],
) {
  const decision = creditFor({
    stage: e.stage,
    attributedAt: attribution.attributed_at,
    windowDays: e.campaign.invite.windowDays,
    orderHoldDays: e.campaign.invite.orderHoldDays,
    flagged: flags.length > 0,
    now: e.now,
  });
  if (!decision.credit) return null;
  return {
    id: newId('cnv'),
    sharerOpenid: attribution.sharer_openid,
    xp: decision.xp,
    status: decision.status,
    holdUntil: decision.holdUntil,
    flags: JSON.stringify(flags.map((f) => `${f.type}: ${f.reason}`)),
  };
}

/** Arrivals and helps are where farming shows; the history is read in one round trip. */
async function fraudFlags(tx: Sql, e: ConversionEvent, sharerOpenid: string): Promise<FraudFlag[]> {
  if (e.stage !== 'arrived' && e.stage !== 'helped') return [];
  const [history] = await tx.query<FraudHistory>(
    `select ${fraudHistoryColumns('$1', '$2', '$3', '$4')}`,
    [e.campaign.id, sharerOpenid, e.inviteeOpenid, fraudLookbackStart(e.now)],
  );
  return fraudFlagsFrom(e, sharerOpenid, history);
}

/**
 * The caller took part — started their own bargain, assist or group, or helped a friend's:
 * they count as a participant of the campaign, and their sharer is credited for it.
 */
export async function creditParticipation(
  tx: Sql,
  e: {
    campaign: CampaignConfig;
    caller: Caller;
    stage: 'started' | 'helped';
    refId: string;
    now: Date;
  },
): Promise<void> {
  await markParticipant(tx, e.caller.openid, e.campaign.id, e.now);
  await creditConversion(tx, {
    campaign: e.campaign,
    inviteeOpenid: e.caller.openid,
    stage: e.stage,
    refId: e.refId,
    clientIp: e.caller.clientIp ?? null,
    now: e.now,
  });
}
