/** `part / whole`, and 0 for an empty whole: stats show 0%, never NaN or Infinity. */
export function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}
