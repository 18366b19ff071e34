/**
 * Formats an integer amount in fen for display: whole yuan drop the decimals (9900 → '¥99'),
 * anything else keeps exactly two (2340 → '¥23.40'), the way Chinese shops print prices.
 * `cents: true` keeps two decimals on whole yuan too (9900 → '¥99.00'): see fenFormatter.
 */
export function formatFen(fen: number, options: { cents?: boolean } = {}): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.round(fen));
  const yuan = Math.floor(abs / 100);
  const cents = abs % 100;
  return cents === 0 && !options.cents
    ? `${sign}¥${yuan}`
    : `${sign}¥${yuan}.${String(cents).padStart(2, '0')}`;
}

/**
 * One way for every amount in a view: when any of them has fen (¥79.22), all of them print
 * two decimals (¥99.00, not ¥99), so a column of prices lines up and nothing reads as rounded.
 */
export function fenFormatter(amountsInView: readonly number[]): (fen: number) => string {
  const cents = amountsInView.some((fen) => Math.round(fen) % 100 !== 0);
  return (fen) => formatFen(fen, { cents });
}
