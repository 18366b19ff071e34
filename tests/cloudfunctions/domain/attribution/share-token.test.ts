import {
  LANDING_PAGE,
  SHARE_TOKEN_PATTERN,
  landingPath,
  newShareToken,
  parseLaunchToken,
  sceneFitsQr,
  subjectKindOf,
} from '../../../../cloudfunctions/domain/attribution/share-token';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

describe('newShareToken', () => {
  test('is 12 base62 characters that fit a QR scene', () => {
    const token = newShareToken();
    expect(token).toMatch(/^[0-9A-Za-z]{12}$/);
    expect(token).toMatch(SHARE_TOKEN_PATTERN);
    expect(sceneFitsQr(token)).toBe(true);
  });

  test('10,000 tokens do not collide', () => {
    const tokens = new Set(Array.from({ length: 10_000 }, () => newShareToken()));
    expect(tokens.size).toBe(10_000);
  });

  test('draws every character equally often, with no modulo bias toward the first eight', () => {
    const counts = new Map<string, number>();
    for (const char of Array.from({ length: 10_000 }, () => newShareToken()).join('')) {
      counts.set(char, (counts.get(char) ?? 0) + 1);
    }
    expect(counts.size).toBe(62);
    const mean = (chars: string) =>
      Array.from(chars).reduce((sum, c) => sum + (counts.get(c) ?? 0), 0) / chars.length;
    // Without redrawing bytes ≥ 248, '0'–'7' would come up 5/4 as often as the rest.
    expect(mean(ALPHABET.slice(0, 8)) / mean(ALPHABET.slice(8))).toBeGreaterThan(0.93);
    expect(mean(ALPHABET.slice(0, 8)) / mean(ALPHABET.slice(8))).toBeLessThan(1.07);
  });
});

describe('sceneFitsQr', () => {
  test.each([
    { label: 'a share token', scene: '3kTz9QwL0aBc', fits: true },
    { label: '32 characters', scene: 'a'.repeat(32), fits: true },
    { label: 'every allowed punctuation mark', scene: "!#$&'()*+,/:;=?@-._~", fits: true },
    { label: 'key=value pairs', scene: 'c=1&t=3kTz9QwL0aBc', fits: true },
    { label: '33 characters', scene: 'a'.repeat(33), fits: false },
    { label: 'an empty scene', scene: '', fits: false },
    { label: 'a space', scene: 'a b', fits: false },
    { label: 'a percent sign', scene: 'a%20b', fits: false },
    { label: 'Chinese', scene: '砍价', fits: false },
  ])('$label → $fits', ({ scene, fits }) => {
    expect(sceneFitsQr(scene)).toBe(fits);
  });
});

describe('landingPath', () => {
  test('is a full path from the root, as a share card needs', () => {
    expect(landingPath('bargain-spring', '3kTz9QwL0aBc')).toBe(
      '/pages/landing/index?campaignId=bargain-spring&token=3kTz9QwL0aBc',
    );
  });

  test('encodes a campaign id that is not URL-safe', () => {
    expect(landingPath('春 sale&x', '3kTz9QwL0aBc')).toBe(
      '/pages/landing/index?campaignId=%E6%98%A5%20sale%26x&token=3kTz9QwL0aBc',
    );
  });

  test('the QR page is the same page without the leading slash', () => {
    expect(LANDING_PAGE).toBe('pages/landing/index');
  });
});

describe('parseLaunchToken', () => {
  test.each([
    {
      label: 'a card launch',
      query: { campaignId: 'c1', token: '3kTz9QwL0aBc' },
      token: '3kTz9QwL0aBc',
    },
    { label: 'a QR launch', query: { scene: '3kTz9QwL0aBc' }, token: '3kTz9QwL0aBc' },
    { label: 'a URI-encoded QR scene', query: { scene: '%33kTz9QwL0aBc' }, token: '3kTz9QwL0aBc' },
    {
      label: 'token and scene: the token decides',
      query: { token: '3kTz9QwL0aBc', scene: 'ZZZZZZZZZZZZ' },
      token: '3kTz9QwL0aBc',
    },
    {
      label: 'a malformed token is not rescued by the scene',
      query: { token: '3kTz9QwL0aB!', scene: 'ZZZZZZZZZZZZ' },
      token: null,
    },
    { label: 'no token at all', query: { campaignId: 'c1' }, token: null },
    { label: 'an undefined token', query: { token: undefined }, token: null },
    { label: 'an empty token', query: { token: '' }, token: null },
    { label: '11 characters', query: { token: '3kTz9QwL0aB' }, token: null },
    { label: '13 characters', query: { token: '3kTz9QwL0aBcd' }, token: null },
    { label: 'a non-base62 character', query: { token: '3kTz9QwL0a-c' }, token: null },
    { label: 'a scene in key=value form', query: { scene: 't%3D3kTz9QwL0aBc' }, token: null },
    { label: 'a broken percent escape in the scene', query: { scene: '%E0%A4%A' }, token: null },
  ])('$label → $token', ({ query, token }) => {
    expect(parseLaunchToken(query)).toBe(token);
  });
});

describe('subjectKindOf', () => {
  test.each([
    { id: 'brg_7Gh2kQ9zL0pXw3Ty', kind: 'bargain' },
    { id: 'ast_7Gh2kQ9zL0pXw3Ty', kind: 'assist' },
    { id: 'grp_7Gh2kQ9zL0pXw3Ty', kind: 'group' },
    { id: 'pkt_7Gh2kQ9zL0pXw3Ty', kind: 'packet' },
  ])('$id → $kind', ({ id, kind }) => {
    expect(subjectKindOf(id)).toBe(kind);
  });

  test.each([
    { label: 'a coupon id', id: 'cpn_7Gh2kQ9zL0pXw3Ty' },
    { label: 'an invite id', id: 'inv_7Gh2kQ9zL0pXw3Ty' },
    { label: 'an upper-case prefix', id: 'GRP_7Gh2kQ9zL0pXw3Ty' },
    { label: 'an empty id', id: '' },
    { label: 'a prototype key', id: '__proto__' },
    { label: 'a prototype method name', id: 'constructor' },
  ])('$label is not a shareable subject: it throws', ({ id }) => {
    expect(() => subjectKindOf(id)).toThrow('not a shareable subject id');
  });
});
