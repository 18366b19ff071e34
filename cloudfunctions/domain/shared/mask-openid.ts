/**
 * An openid as a merchant reviewing credits sees it: enough of both ends to tell two people
 * apart and to find one in their own records (`oAbC****x9Z2` for a 28-character WeChat
 * openid), never the whole id. Short ids (the host's personas) keep a character at each end,
 * so `u1` and `u5` still differ. Unlike maskName, which strangers see, this keeps the end.
 */
export function maskOpenid(openid: string): string {
  const chars = Array.from(openid.trim());
  if (chars.length === 0) return '****';
  const keep = chars.length >= 12 ? 4 : Math.max(1, Math.floor(chars.length / 4));
  if (chars.length <= keep * 2) return chars[0] + '****' + (chars.length > 1 ? chars.at(-1) : '');
  return chars.slice(0, keep).join('') + '****' + chars.slice(-keep).join('');
}
