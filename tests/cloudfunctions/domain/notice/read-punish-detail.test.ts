/**
 * A notice's detail is a JSON string shaped by its event_type. The two documented shapes are
 * read field by field; anything else is kept as WeChat wrote it, so nothing WeChat said is lost.
 */
import { readPunishDetail } from '../../../../cloudfunctions/domain/notice/read-punish-detail';
import { unixSeconds } from '../../../support/builders/wechat-push';

const DEADLINE = '2026-03-08T10:00:00+08:00';

describe('event_type 1, a warning', () => {
  test.each([
    {
      label: 'of a function ban: each function with its days',
      detail: {
        warned_type: 2,
        rectify_deadline: unixSeconds(DEADLINE),
        warned_function_names: ['分享', '搜索'],
        warned_ban_days: [7, 30],
      },
      expected: {
        warnedType: 2,
        functions: [
          { name: '分享', days: 7 },
          { name: '搜索', days: 30 },
        ],
        days: null,
      },
    },
    {
      label: 'of an account ban: the one figure is its length',
      detail: { warned_type: 1, rectify_deadline: unixSeconds(DEADLINE), warned_ban_days: [14] },
      expected: { warnedType: 1, functions: [], days: 14 },
    },
    {
      label: 'of a takedown: the one figure is its length',
      detail: { warned_type: 3, rectify_deadline: unixSeconds(DEADLINE), warned_ban_days: [3] },
      expected: { warnedType: 3, functions: [], days: 3 },
    },
    {
      label: 'with fewer days than names: the missing days are unknown, not 0',
      detail: {
        warned_type: 2,
        rectify_deadline: unixSeconds(DEADLINE),
        warned_function_names: ['分享', '搜索'],
        warned_ban_days: [7],
      },
      expected: {
        warnedType: 2,
        functions: [
          { name: '分享', days: 7 },
          { name: '搜索', days: null },
        ],
        days: null,
      },
    },
  ])('$label', ({ detail, expected }) => {
    const read = readPunishDetail(1, JSON.stringify(detail));
    expect(read).toEqual({
      parsed: detail,
      rectifyDeadline: new Date(DEADLINE),
      unread: null,
      ...expected,
    });
  });

  test('numbers written as strings are read as numbers', () => {
    const read = readPunishDetail(
      1,
      JSON.stringify({
        warned_type: '2',
        rectify_deadline: String(unixSeconds(DEADLINE)),
        warned_function_names: ['分享'],
        warned_ban_days: ['7'],
      }),
    );
    expect(read).toMatchObject({
      warnedType: 2,
      rectifyDeadline: new Date(DEADLINE),
      functions: [{ name: '分享', days: 7 }],
    });
  });
});

describe('event_type 2, functions banned', () => {
  test('each banned function with its days, paired by index', () => {
    const detail = { banned_function_names: ['分享', '附近的小程序'], banned_days: [7, 0] };
    expect(readPunishDetail(2, JSON.stringify(detail))).toEqual({
      parsed: detail,
      warnedType: null,
      rectifyDeadline: null,
      functions: [
        { name: '分享', days: 7 },
        { name: '附近的小程序', days: 0 },
      ],
      days: null,
      unread: null,
    });
  });

  test('an already parsed object is read the same', () => {
    const detail = { banned_function_names: ['分享'], banned_days: [7] };
    expect(readPunishDetail(2, detail).functions).toEqual([{ name: '分享', days: 7 }]);
  });
});

describe('what is kept as written', () => {
  test.each([
    {
      label: 'a takedown (3): its shape is not documented',
      type: 3,
      text: '{"offline_days":[30]}',
    },
    { label: 'an account ban (4)', type: 4, text: '{"ban_days":[180]}' },
    { label: 'a page ban (10)', type: 10, text: '{"page_path":["pages/landing/index"]}' },
    { label: 'a type WeChat added later', type: 99, text: '{"anything":true}' },
    { label: 'a ban whose detail is not JSON', type: 2, text: '功能封禁 7 天' },
    { label: 'a ban with none of its keys', type: 2, text: '{"banned":["分享"]}' },
    { label: 'a warning with none of its keys', type: 1, text: '{"warning":"请整改"}' },
    { label: 'a JSON array', type: 2, text: '["分享"]' },
  ])('$label', ({ type, text }) => {
    const read = readPunishDetail(type, text);
    expect(read.unread).toBe(text);
    expect(read.functions).toEqual([]);
    expect(read.rectifyDeadline).toBeNull();
  });

  test.each([
    { label: 'no detail', detail: undefined },
    { label: 'an empty string', detail: '' },
    { label: 'an empty object', detail: '{}' },
  ])('$label: nothing to read or show', ({ detail }) => {
    expect(readPunishDetail(3, detail)).toEqual({
      parsed: null,
      warnedType: null,
      rectifyDeadline: null,
      functions: [],
      days: null,
      unread: null,
    });
  });

  test.each([
    { label: 'a negative deadline', deadline: -1 },
    { label: 'a deadline in milliseconds', deadline: Date.parse(DEADLINE) },
    { label: 'a deadline as words', deadline: '下周一' },
  ])('$label is no deadline', ({ deadline }) => {
    const read = readPunishDetail(
      1,
      JSON.stringify({ warned_type: 1, rectify_deadline: deadline, warned_ban_days: [7] }),
    );
    expect(read.rectifyDeadline).toBeNull();
    expect(read.days).toBe(7);
  });
});
