import { maskName } from '../../../../cloudfunctions/domain/shared/mask-name';

describe('maskName', () => {
  test.each([
    { label: 'a Chinese name', name: '张三丰', expected: '张**' },
    { label: 'a two-character name', name: '李四', expected: '李*' },
    { label: 'a Latin handle', name: 'u12', expected: 'u**' },
    { label: 'a single character', name: '王', expected: '*' },
    { label: 'an empty name', name: '', expected: '*' },
    { label: 'only spaces', name: '   ', expected: '*' },
    { label: 'surrounding spaces', name: ' 小明 ', expected: '小*' },
    { label: 'an emoji first', name: '😀abc', expected: '😀***' },
    { label: 'an emoji later', name: 'a😀b', expected: 'a**' },
    { label: 'a lone emoji', name: '🐼', expected: '*' },
    { label: 'a name with a space inside', name: 'Li Lei', expected: 'L*****' },
  ])('$label: "$name" → "$expected"', ({ name, expected }) => {
    expect(maskName(name)).toBe(expected);
  });

  test('never leaves half of a surrogate pair', () => {
    const masked = maskName('𠮷野家');
    expect(masked).toBe('𠮷**');
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    expect(loneSurrogate.test(masked)).toBe(false);
    expect(loneSurrogate.test('\uD842*')).toBe(true);
  });
});
