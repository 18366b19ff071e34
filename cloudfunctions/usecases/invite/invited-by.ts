import type { CampaignConfig } from '../../contracts/campaign-config';
import { maskName } from '../../domain/shared/mask-name';
import type { Sql } from '../../store/store';

/**
 * The friend who brought this person, masked, and whether that friend bought here: trust
 * between friends beats stranger reviews, but only a reported order backs "they bought it".
 */
export async function invitedBy(
  sql: Sql,
  campaign: CampaignConfig,
  openid: string,
): Promise<{ name: string; bought: boolean } | null> {
  const [row] = await sql.query<{ sharer_openid: string; bought: boolean }>(
    `select a.sharer_openid,
            exists (select 1 from shop_order o
                     where o.buyer_openid = a.sharer_openid
                       and (o.campaign_id = a.campaign_id or ($3::text is not null and o.product_id = $3))) as bought
       from attribution a
      where a.campaign_id = $1 and a.invitee_openid = $2`,
    [campaign.id, openid, campaign.product?.id ?? null],
  );
  return row ? { name: maskName(row.sharer_openid), bought: row.bought } : null;
}
