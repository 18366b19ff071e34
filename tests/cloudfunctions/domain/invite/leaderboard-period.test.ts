import {
  periodStart,
  weekStartAt,
  type WeeklyReset,
} from '../../../../cloudfunctions/domain/invite/leaderboard-period';
import { NOW, at } from '../../../support/builders/clock';

describe('weekStartAt, default reset Monday 00:00 China time', () => {
  test.each([
    {
      label: 'a Saturday, across a month start',
      now: '2025-03-01T10:00:00.000+08:00',
      start: '2025-02-24T00:00:00.000+08:00',
    },
    {
      label: 'exactly at the reset',
      now: '2025-03-03T00:00:00.000+08:00',
      start: '2025-03-03T00:00:00.000+08:00',
    },
    {
      label: '1 ms before the reset',
      now: '2025-03-02T23:59:59.999+08:00',
      start: '2025-02-24T00:00:00.000+08:00',
    },
    {
      label: '1 ms after the reset',
      now: '2025-03-03T00:00:00.001+08:00',
      start: '2025-03-03T00:00:00.000+08:00',
    },
    {
      label: 'Sunday 16:00 UTC is already Monday in China',
      now: '2025-03-02T16:00:00.000Z',
      start: '2025-03-03T00:00:00.000+08:00',
    },
    {
      label: 'new year in China, a Wednesday, still in the week of 30 December',
      now: '2024-12-31T16:00:00.000Z',
      start: '2024-12-30T00:00:00.000+08:00',
    },
    {
      label: 'the first Monday of a year',
      now: '2024-01-01T00:00:00.000+08:00',
      start: '2024-01-01T00:00:00.000+08:00',
    },
    {
      label: '1 ms before the first Monday of a year',
      now: '2023-12-31T23:59:59.999+08:00',
      start: '2023-12-25T00:00:00.000+08:00',
    },
  ])('$label → $start', ({ now, start }) => {
    expect(weekStartAt(at(now))).toEqual(at(start));
  });
});

describe('weekStartAt, a reset on Sunday at 20:00', () => {
  const reset: WeeklyReset = { weekday: 0, hour: 20 };

  test.each([
    {
      label: 'exactly at the reset',
      now: '2025-03-02T20:00:00.000+08:00',
      start: '2025-03-02T20:00:00.000+08:00',
    },
    {
      label: '1 ms before the reset',
      now: '2025-03-02T19:59:59.999+08:00',
      start: '2025-02-23T20:00:00.000+08:00',
    },
    {
      label: 'the Sunday morning before the reset',
      now: '2025-03-02T08:00:00.000+08:00',
      start: '2025-02-23T20:00:00.000+08:00',
    },
    {
      label: 'the Monday after',
      now: '2025-03-03T08:00:00.000+08:00',
      start: '2025-03-02T20:00:00.000+08:00',
    },
    {
      label: 'across the new year',
      now: '2025-01-01T00:00:00.000+08:00',
      start: '2024-12-29T20:00:00.000+08:00',
    },
    {
      label: '1 ms before the reset before the new year',
      now: '2024-12-29T19:59:59.999+08:00',
      start: '2024-12-22T20:00:00.000+08:00',
    },
  ])('$label → $start', ({ now, start }) => {
    expect(weekStartAt(at(now), reset)).toEqual(at(start));
  });
});

describe('weekStartAt, other resets', () => {
  test.each([
    {
      label: 'Saturday 23:00, across a leap day',
      reset: { weekday: 6 as const, hour: 23 },
      now: '2028-03-04T22:59:59.999+08:00',
      start: '2028-02-26T23:00:00.000+08:00',
    },
    {
      label: 'Saturday 23:00, at the reset',
      reset: { weekday: 6 as const, hour: 23 },
      now: '2028-03-04T23:00:00.000+08:00',
      start: '2028-03-04T23:00:00.000+08:00',
    },
    {
      label: 'only the hour given: Monday 09:00',
      reset: { hour: 9 },
      now: '2025-03-03T08:59:59.999+08:00',
      start: '2025-02-24T09:00:00.000+08:00',
    },
    {
      label: 'only the weekday given: Friday 00:00',
      reset: { weekday: 5 as const },
      now: '2025-03-01T10:00:00.000+08:00',
      start: '2025-02-28T00:00:00.000+08:00',
    },
  ])('$label → $start', ({ reset, now, start }) => {
    expect(weekStartAt(at(now), reset)).toEqual(at(start));
  });

  test.each([{ hour: 24 }, { hour: -1 }, { hour: 1.5 }])('refuses hour $hour', ({ hour }) => {
    expect(() => weekStartAt(NOW, { hour })).toThrow();
  });
});

describe('weekStartAt whatever the server zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  test.each([
    {
      label: 'New York on its spring-forward day',
      zone: 'America/New_York',
      now: '2025-03-09T07:30:00.000Z',
    },
    {
      label: 'New York on its fall-back day',
      zone: 'America/New_York',
      now: '2025-11-02T06:30:00.000Z',
    },
    {
      label: 'Chatham Islands, UTC+13:45',
      zone: 'Pacific/Chatham',
      now: '2025-04-06T02:00:00.000Z',
    },
  ])('$label', ({ zone, now }) => {
    const inChina = weekStartAt(at(now), { weekday: 0, hour: 0 });
    process.env.TZ = zone;
    expect(weekStartAt(at(now), { weekday: 0, hour: 0 })).toEqual(inChina);
    expect(inChina.getTime() % 86_400_000).toBe(16 * 3_600_000);
  });
});

describe('periodStart', () => {
  test.each([
    {
      label: 'the weekly board starts at the last reset',
      period: 'week' as const,
      start: at('2025-02-24T00:00:00.000+08:00'),
    },
    { label: 'the all-time board has no start', period: 'all' as const, start: null },
  ])('$label', ({ period, start }) => {
    expect(periodStart(period, NOW)).toEqual(start);
  });

  test('passes the reset through', () => {
    expect(periodStart('week', NOW, { weekday: 6, hour: 12 })).toEqual(
      at('2025-02-22T12:00:00.000+08:00'),
    );
  });
});
