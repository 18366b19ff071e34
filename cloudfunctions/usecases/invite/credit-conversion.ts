import type { CampaignConfig } from '../../contracts/campaign-config';
import type { ConversionStage } from '../../contracts/invite';
import { creditFor } from '../../domain/attribution/conversion-credit';
import {
  evaluateFraud,
  fraudLookbackMinutes,
  type FraudFlag,
} from '../../domain/attribution/fraud-rules';
import { newId } from '../../domain/shared/ids';
import type { Caller } from '../../functions/caller';
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
  const decision = creditFor({
    stage: e.stage,
    attributedAt: attribution.attributed_at,
    windowDays: e.campaign.invite.windowDays,
    orderHoldDays: e.campaign.invite.orderHoldDays,
    flagged: flags.length > 0,
    now: e.now,
  });
  if (!decision.credit) return;
  await tx.query(
    `insert into conversion (id, campaign_id, invitee_openid, sharer_openid, stage, ref_id, xp,
       status, hold_until, flags, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     on conflict (campaign_id, invitee_openid, stage, ref_id) do nothing`,
    [
      newId('cnv'),
      e.campaign.id,
      e.inviteeOpenid,
      attribution.sharer_openid,
      e.stage,
      e.refId,
      decision.xp,
      decision.status,
      decision.holdUntil,
      JSON.stringify(flags.map((f) => `${f.type}: ${f.reason}`)),
      e.now,
    ],
  );
}

/** Arrivals and helps are where farming shows; the history is read in one round trip. */
async function fraudFlags(tx: Sql, e: ConversionEvent, sharerOpenid: string): Promise<FraudFlag[]> {
  if (e.stage !== 'arrived' && e.stage !== 'helped') return [];
  const since = new Date(e.now.getTime() - fraudLookbackMinutes() * MINUTE_MS);
  const [history] = await tx.query<{
    recent: { invitee: string; ip: string | null; at: string }[] | null;
    helps: number;
    visits: number;
    starts: number;
    orders: number;
  }>(
    `select
       (select json_agg(json_build_object('invitee', invitee_openid, 'ip', client_ip, 'at', attributed_at))
          from attribution where campaign_id = $1 and sharer_openid = $2 and attributed_at >= $4) as recent,
       (select count(*)::int from bargain_help h join bargain b on b.id = h.bargain_id
          where b.campaign_id = $1 and h.helper_openid = $3)
       + (select count(*)::int from assist_help h join assist a on a.id = h.assist_id
          where a.campaign_id = $1 and h.helper_openid = $3) as helps,
       (select count(*)::int from visit where campaign_id = $1 and openid = $3) as visits,
       (select coalesce(max(starts), 0)::int from start_count where campaign_id = $1 and openid = $3) as starts,
       (select count(*)::int from shop_order where campaign_id = $1 and buyer_openid = $3) as orders`,
    [e.campaign.id, sharerOpenid, e.inviteeOpenid, since],
  );
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
