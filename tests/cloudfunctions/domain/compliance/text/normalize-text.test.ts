import {
  normalizeText,
  originalSpan,
} from '../../../../../cloudfunctions/domain/compliance/text/normalize-text';
import { parseChineseNumber } from '../../../../../cloudfunctions/domain/compliance/text/chinese-number';

describe('normalizeText', () => {
  test.each([
    { label: 'full-width forms', input: '分享給２位好友！', text: '分享给2位好友!' },
    { label: 'traditional characters', input: '轉發到朋友圈領獎勵', text: '转发到朋友圈领奖励' },
    // Only characters the lexicon uses can change a match, so only those are in the table.
    { label: 'other characters as written', input: '群組', text: '群組' },
    { label: 'Chinese numerals', input: '三个群两位好友二十份', text: '3个群2位好友20份' },
    { label: 'spaces, emoji and decorations', input: '分 享 🔥 到【群】~', text: '分享到群~' },
    { label: 'a thumbs-up is a like', input: '集30个👍', text: '集30个赞' },
    { label: 'Latin in lower case', input: 'Share 到 WiFi', text: 'share到wifi' },
  ])('$label', ({ input, text }) => {
    expect(normalizeText(input).text).toBe(text);
  });

  test('every normalised character maps back to the characters it came from', () => {
    const normal = normalizeText('轉 發到 二十個 群');
    expect(normal.text).toBe('转发到20个群');
    expect(originalSpan(normal, 0, 2)).toBe('轉 發');
    expect(originalSpan(normal, 3, 5)).toBe('二十');
    expect(originalSpan(normal, 3, 7)).toBe('二十個 群');
  });
});

describe('parseChineseNumber', () => {
  test.each([
    ['三', 3],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['两百', 200],
    ['一百零五', 105],
    ['三千二百', 3200],
    ['一万', 10000],
    ['二〇二六', 2026],
  ])('%s = %d', (run, value) => {
    expect(parseChineseNumber(run)).toBe(value);
  });

  test.each(['万一', '千万', '百', '十十', ''])('“%s” is not a number', (run) => {
    expect(parseChineseNumber(run)).toBeNull();
  });
});
