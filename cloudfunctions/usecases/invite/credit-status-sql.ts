/**
 * A credit's effective status in SQL, for aggregates (progress, boards, stats) that must not
 * pull every row into the function. It is the same rule as the domain's creditStatusAt — a
 * pending credit counts once it is not flagged (or a merchant approved it) and its hold has
 * passed — and a store test checks the two agree case by case.
 */
export function creditStatusSql(alias: string, nowParam: string): string {
  return `(case when ${alias}.status = 'pending'
      and not (${alias}.flags <> '[]'::jsonb and ${alias}.reviewed_at is null)
      and (${alias}.hold_until is null or ${alias}.hold_until <= ${nowParam})
    then 'counted' else ${alias}.status end)`;
}
