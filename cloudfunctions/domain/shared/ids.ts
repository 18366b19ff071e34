/** What each prefix names; a prefix tells a reader of a log line what kind of id it is. */
export const ID_PREFIXES = {
  brg: 'bargain',
  ast: 'assist',
  cpn: 'coupon',
  tpl: 'coupon template',
  hlp: 'help',
  inv: 'invite',
  cnv: 'conversion credit',
  evt: 'event',
  grp: 'group buy',
  pkt: 'coupon packet',
  whk: 'webhook endpoint',
  pst: 'circle post',
} as const;

export type IdPrefix = keyof typeof ID_PREFIXES;

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const ID_LENGTH = 16;
/** Bytes at or above 248 (= 4 × 62) are redrawn so every character is equally likely. */
const UNBIASED_LIMIT = 248;

export const ID_PATTERN = /^[a-z]{3}_[0-9A-Za-z]{16}$/;

/** A new random id such as `brg_3kTz9QwL0aBc7XyZ` (~95 bits): the domain's one impure helper. */
export function newId(prefix: IdPrefix): string {
  let body = '';
  while (body.length < ID_LENGTH) {
    for (const byte of globalThis.crypto.getRandomValues(new Uint8Array(ID_LENGTH))) {
      if (byte < UNBIASED_LIMIT && body.length < ID_LENGTH) body += ALPHABET[byte % 62];
    }
  }
  return `${prefix}_${body}`;
}
