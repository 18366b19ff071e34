import {
  ID_PATTERN,
  ID_PREFIXES,
  newId,
  type IdPrefix,
} from '../../../../cloudfunctions/domain/shared/ids';

describe('newId', () => {
  test.each(Object.keys(ID_PREFIXES).map((prefix) => ({ prefix: prefix as IdPrefix })))(
    '$prefix ids are the prefix, an underscore and 16 base62 characters',
    ({ prefix }) => {
      const id = newId(prefix);
      expect(id).toMatch(new RegExp(`^${prefix}_[0-9A-Za-z]{16}$`));
      expect(id).toMatch(ID_PATTERN);
    },
  );

  test('10,000 ids do not collide', () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => newId('brg')));
    expect(ids.size).toBe(10_000);
  });

  test('uses the whole alphabet', () => {
    const chars = new Set(Array.from({ length: 2_000 }, () => newId('cpn').slice(4)).join(''));
    expect(chars.size).toBe(62);
  });
});
