/**
 * A display name as strangers may see it in helper lists: the first character, then one '*'
 * per remaining character. Characters are code points (Array.from), so an emoji is never cut
 * in half into a lone surrogate. An empty name still shows a mask, never an empty slot.
 */
export function maskName(displayName: string): string {
  const chars = Array.from(displayName.trim());
  if (chars.length <= 1) return '*';
  return chars[0] + '*'.repeat(chars.length - 1);
}
