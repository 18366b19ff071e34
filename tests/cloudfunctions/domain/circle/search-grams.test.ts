import {
  parseSearchQuery,
  postSearchIndex,
} from '../../../../cloudfunctions/domain/circle/search-grams';
import { circleClaimRefusal } from '../../../../cloudfunctions/domain/circle/decide-claim';

describe('what a post is indexed by', () => {
  const index = postSearchIndex('316 不锈钢真空保温杯', '很好用！ABC');

  test('normalised runs, split at punctuation, lower case', () => {
    // Spaces are dropped (as the copy rules drop them), punctuation breaks runs.
    expect(index.text).toBe('316不锈钢真空保温杯 很好用 abc');
  });

  test.each([
    { label: 'a CJK character alone', gram: '茶', present: false },
    { label: 'a CJK character of the text', gram: '杯', present: true },
    { label: 'a bigram of the product name', gram: '保温', present: true },
    { label: 'a bigram of the words', gram: '好用', present: true },
    { label: 'a bigram across a dropped space', gram: '6不', present: true },
    { label: 'a bigram across name and words', gram: '杯很', present: false },
    { label: 'a Latin letter alone (no unigrams for Latin)', gram: 'a', present: false },
    { label: 'a Latin bigram', gram: 'ab', present: true },
  ])('$label: $gram', ({ gram, present }) => {
    expect(index.grams.includes(gram)).toBe(present);
  });
});

describe('a shopper’s query', () => {
  test.each([
    {
      label: 'three characters → their bigrams',
      query: '保温杯',
      terms: ['保温杯'],
      grams: ['保温', '温杯'],
    },
    { label: 'one CJK character → itself', query: '茶', terms: ['茶'], grams: ['茶'] },
    {
      label: 'two terms → both',
      query: '不锈钢  316',
      terms: ['不锈钢', '316'],
      grams: ['16', '31', '不锈', '锈钢'],
    },
    { label: 'full-width and upper case fold', query: 'ＡＢ', terms: ['ab'], grams: ['ab'] },
  ])('$label', ({ query, terms, grams }) => {
    expect(parseSearchQuery(query)).toEqual({ terms, grams: [...grams].sort() });
  });

  test.each(['，、。', 'a', '  '])('%j has nothing searchable', (query) => {
    expect(parseSearchQuery(query)).toBeNull();
  });
});

describe('who may claim a friend coupon', () => {
  const open = { status: 'shown' as const, isPoster: false, pool: 5, claimed: 4 };
  test.each([
    { label: 'a friend while coupons are left', facts: open, refusal: null },
    { label: 'the poster', facts: { ...open, isPoster: true }, refusal: 'SELF_CLAIM' },
    {
      label: 'a friend once the pool is claimed',
      facts: { ...open, claimed: 5 },
      refusal: 'POOL_EMPTY',
    },
    {
      label: 'anyone on a hidden post',
      facts: { ...open, status: 'hidden' as const },
      refusal: 'NOT_FOUND',
    },
    {
      label: 'anyone on a deleted post',
      facts: { ...open, status: 'deleted' as const },
      refusal: 'NOT_FOUND',
    },
    {
      label: 'a post with no pool (the budget was spent)',
      facts: { ...open, pool: 0, claimed: 0 },
      refusal: 'POOL_EMPTY',
    },
  ])('$label → $refusal', ({ facts, refusal }) => {
    expect(circleClaimRefusal(facts)).toBe(refusal);
  });
});
