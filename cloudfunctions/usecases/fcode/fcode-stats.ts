import type { FcodeStats } from '../../contracts/fcode';
import { fcodeTree, type FcodeMove } from '../../domain/fcode/fcode-tree';
import { maskName } from '../../domain/shared/mask-name';
import type { Deps } from '../deps';
import { findCampaignOfKind } from '../campaign/find-campaign';

/**
 * What the merchant sees: per batch how many codes were issued (left the pool), are reserved
 * now, were accepted (by a friend or from the waitlist), redeemed, expired (not handed on in
 * time) and lapsed (reserved but not bought); the waitlist; the tree of who passed codes to
 * whom with each branch's orders; the key people and the share of orders they account for.
 */
export async function fcodeStats(
  input: { campaignId: string },
  { store }: Deps,
): Promise<{ stats: FcodeStats }> {
  const campaign = await findCampaignOfKind(store, input.campaignId, 'fcode');
  const batches = await store.query<{
    number: number;
    title: string | null;
    size: number;
    issued: number;
    reserved: number;
    redeemed: number;
    accepted: number;
    expired: number;
    lapsed: number;
  }>(
    `select b.number, b.title, b.size,
            (select count(*) filter (where c.status <> 'pooled')::int from fcode_code c where c.batch_id = b.id) as issued,
            (select count(*) filter (where c.status = 'reserved')::int from fcode_code c where c.batch_id = b.id) as reserved,
            (select count(*) filter (where c.status = 'redeemed')::int from fcode_code c where c.batch_id = b.id) as redeemed,
            (select count(*) filter (where e.kind in ('accepted', 'promoted'))::int from fcode_event e where e.batch_id = b.id) as accepted,
            (select count(*) filter (where e.kind = 'expired')::int from fcode_event e where e.batch_id = b.id) as expired,
            (select count(*) filter (where e.kind in ('returned', 'lapsed'))::int from fcode_event e where e.batch_id = b.id) as lapsed
       from fcode_batch b where b.campaign_id = $1 order by b.number`,
    [campaign.id],
  );
  const [wait] = await store.query<{ waiting: number; promoted: number }>(
    `select count(*) filter (where status = 'waiting')::int as waiting,
            count(*) filter (where status = 'promoted')::int as promoted
       from fcode_wait where campaign_id = $1`,
    [campaign.id],
  );
  const moves = await store.query<FcodeMove>(
    `select kind, from_openid as "from", to_openid as "to", generation
       from fcode_event where campaign_id = $1 order by id`,
    [campaign.id],
  );
  const tree = fcodeTree(moves, maskName);
  return {
    stats: {
      campaignId: campaign.id,
      batches: batches.map((b) => ({ ...b, title: b.title ?? `第${b.number}批` })),
      waitlist: { waiting: wait?.waiting ?? 0, promoted: wait?.promoted ?? 0 },
      tree: tree.roots,
      orders: tree.orders,
      keyPeople: tree.keyPeople,
      topFifthShare: tree.topFifthShare,
    },
  };
}
