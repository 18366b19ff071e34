/**
 * The people `viewer` (a SQL parameter) is connected to in Fission, as two CTEs: `known_all`
 * (every recorded tie, ranked) and `known (openid, kind)`, one row per person with the
 * strongest tie (the order of CONNECTION_KINDS). Read across campaigns from what Fission
 * recorded: who brought whom (attribution), who helped whose bargain or assist, who sat in a
 * group together. Each branch is served by an index that starts at the viewer.
 */
export function knownCtes(viewer: string): string {
  return `known_all as (
    select a.sharer_openid as openid, 1 as rank, 'brought_me' as kind
      from attribution a where a.invitee_openid = ${viewer}
    union all
    select a.invitee_openid, 2, 'i_brought' from attribution a where a.sharer_openid = ${viewer}
    union all
    select h.helper_openid, 3, 'helped_me'
      from bargain b join bargain_help h on h.bargain_id = b.id where b.initiator_openid = ${viewer}
    union all
    select b.initiator_openid, 4, 'i_helped'
      from bargain_help h join bargain b on b.id = h.bargain_id where h.helper_openid = ${viewer}
    union all
    select h.helper_openid, 5, 'assisted_me'
      from assist s join assist_help h on h.assist_id = s.id where s.initiator_openid = ${viewer}
    union all
    select s.initiator_openid, 6, 'i_assisted'
      from assist_help h join assist s on s.id = h.assist_id where h.helper_openid = ${viewer}
    union all
    select other.openid, 7, 'group_mate'
      from group_seat mine join group_seat other on other.group_id = mine.group_id
     where mine.openid = ${viewer} and mine.status <> 'released' and other.status <> 'released'
  ),
  known as (
    select distinct on (openid) openid, kind from known_all
     where openid <> ${viewer}
     order by openid, rank
  )`;
}
