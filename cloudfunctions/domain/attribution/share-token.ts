import { pagePath, pageUrl } from '../../contracts/routes';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const TOKEN_LENGTH = 12;
/** Bytes at or above 248 (= 4 × 62) are redrawn so every character is equally likely. */
const UNBIASED_LIMIT = 248;

/** 12 base62 characters: ≈71 bits, so one token says nothing about any other. */
export const SHARE_TOKEN_PATTERN = /^[0-9A-Za-z]{12}$/;

/**
 * WeChat's rule for the `scene` of `wxacode.getUnlimited`: at most 32 visible characters from
 * this set. A share token is base62, so it always fits and a QR code can carry it alone.
 */
const QR_SCENE_PATTERN = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/;

/**
 * The landing page as `wxacode.getUnlimited` wants it in `page`: WeChat refuses a leading
 * slash there, while a share card's `path` must start with one (see `landingPath`).
 */
export const LANDING_PAGE = pagePath('landing');

/**
 * A new random share token such as `3kTz9QwL0aBc`. It is the only thing a card or QR code
 * carries; the server maps it to the campaign, the sharer and what was shared.
 */
export function newShareToken(): string {
  let token = '';
  while (token.length < TOKEN_LENGTH) {
    for (const byte of globalThis.crypto.getRandomValues(new Uint8Array(TOKEN_LENGTH))) {
      if (byte < UNBIASED_LIMIT && token.length < TOKEN_LENGTH) token += ALPHABET[byte % 62];
    }
  }
  return token;
}

export function sceneFitsQr(scene: string): boolean {
  return QR_SCENE_PATTERN.test(scene);
}

/**
 * The `path` of a share card (`onShareAppMessage`), which WeChat requires to be a full path
 * starting with '/'. The campaign id rides along so the page can render before the token is
 * resolved; attribution still follows only the token.
 */
export function landingPath(campaignId: string, token: string): string {
  return pageUrl('landing', { campaignId, token });
}

/**
 * The share token a launch carries, from the page's `onLoad` query. A card puts it in
 * `token`; a QR code from `getUnlimited` puts it, URI-encoded, in `scene` and nothing else.
 * When `token` is present it decides, so a malformed one is not rescued by `scene`. Anything
 * that is not a well-formed token is null: the visit then simply carries no attribution.
 */
export function parseLaunchToken(query: Record<string, string | undefined>): string | null {
  const candidate = query.token ?? decodeScene(query.scene);
  return candidate !== undefined && SHARE_TOKEN_PATTERN.test(candidate) ? candidate : null;
}

function decodeScene(scene: string | undefined): string | undefined {
  if (scene === undefined) return undefined;
  try {
    return decodeURIComponent(scene);
  } catch {
    // A stray '%' in a hand-made or truncated scene: not a token, and not a bug of ours.
    return undefined;
  }
}

const SUBJECT_KINDS = { brg: 'bargain', ast: 'assist', grp: 'group', pkt: 'packet' } as const;

export type SubjectKindOf = (typeof SUBJECT_KINDS)[keyof typeof SUBJECT_KINDS];

/** What a shared subject is, from its id's prefix (ids are checked by the contract). */
export function subjectKindOf(subjectId: string): SubjectKindOf {
  const kind = SUBJECT_KINDS[subjectId.slice(0, 3) as keyof typeof SUBJECT_KINDS];
  if (!kind) throw new Error(`not a shareable subject id: ${subjectId}`);
  return kind;
}
