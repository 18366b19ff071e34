/** 0.4 → "40.0%": one decimal, like `npm run stats`, so small funnels still differ visibly. */
export function formatPercent(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}
