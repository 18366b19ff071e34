import { chinaDay } from '../../../../cloudfunctions/domain/shared/china-day';
import { at } from '../../../support/builders/clock';

describe('chinaDay', () => {
  test.each([
    { label: 'midday in China', now: '2025-03-01T12:00:00.000+08:00', day: '2025-03-01' },
    {
      label: 'the first instant of a China day',
      now: '2025-03-01T00:00:00.000+08:00',
      day: '2025-03-01',
    },
    {
      label: 'the last instant of a China day',
      now: '2025-03-01T23:59:59.999+08:00',
      day: '2025-03-01',
    },
    {
      label: 'UTC evening, already tomorrow in China',
      now: '2025-03-01T16:00:00.000Z',
      day: '2025-03-02',
    },
    {
      label: 'UTC evening, 1 ms before China midnight',
      now: '2025-03-01T15:59:59.999Z',
      day: '2025-03-01',
    },
    { label: 'a leap day', now: '2028-02-29T08:00:00.000+08:00', day: '2028-02-29' },
    {
      label: 'new year in China before new year in UTC',
      now: '2024-12-31T16:30:00.000Z',
      day: '2025-01-01',
    },
  ])('$label → $day', ({ now, day }) => {
    expect(chinaDay(at(now))).toBe(day);
  });
});
