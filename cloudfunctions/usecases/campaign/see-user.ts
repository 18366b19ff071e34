import type { Sql } from '../../store/store';

/**
 * Records that a campaign has seen this person (first sighting wins, in one round trip) and
 * says whether this was the first time. The first campaign anyone was seen in makes them
 * "new" there, for `newUsersOnly`. Of concurrent first sightings exactly one gets true.
 */
export async function seeUser(
  sql: Sql,
  openid: string,
  campaignId: string,
  now: Date,
): Promise<boolean> {
  const rows = await sql.query(
    `with first_seen as (
       insert into app_user (openid, first_seen_at, first_campaign_id)
       values ($1, $2, $3)
       on conflict (openid) do nothing
     )
     insert into campaign_user (campaign_id, openid, first_seen_at)
     values ($3, $1, $2)
     on conflict (campaign_id, openid) do nothing
     returning openid`,
    [openid, now, campaignId],
  );
  return rows.length > 0;
}

/** Marks a person as a participant (started or helped), for the landing page's live count. */
export async function markParticipant(
  sql: Sql,
  openid: string,
  campaignId: string,
  now: Date,
): Promise<void> {
  await sql.query(
    `insert into campaign_user (campaign_id, openid, first_seen_at, participated_at)
     values ($1, $2, $3, $3)
     on conflict (campaign_id, openid) do update
       set participated_at = coalesce(campaign_user.participated_at, excluded.participated_at)`,
    [campaignId, openid, now],
  );
}
