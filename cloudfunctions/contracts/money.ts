/**
 * Formats an integer amount in fen for display: whole yuan drop the decimals (9900 → '¥99'),
 * anything else keeps exactly two (2340 → '¥23.40'), the way Chinese shops print prices.
 */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.round(fen));
  const yuan = Math.floor(abs / 100);
  const cents = abs % 100;
  return cents === 0 ? `${sign}¥${yuan}` : `${sign}¥${yuan}.${String(cents).padStart(2, '0')}`;
}
