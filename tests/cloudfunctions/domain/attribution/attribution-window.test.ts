import {
  DEFAULT_ATTRIBUTION_WINDOW_DAYS,
  withinAttributionWindow,
} from '../../../../cloudfunctions/domain/attribution/attribution-window';
import { at, msAfter } from '../../../support/builders/clock';

const FROM = at('2025-03-01T10:00:00.000+08:00');
const END_OF_7_DAYS = at('2025-03-08T10:00:00.000+08:00');

describe('withinAttributionWindow', () => {
  test('defaults to 7 days', () => {
    expect(DEFAULT_ATTRIBUTION_WINDOW_DAYS).toBe(7);
  });

  test.each([
    { label: 'at the opening instant', now: FROM, days: undefined, inside: true },
    {
      label: '1 ms before the default end',
      now: msAfter(END_OF_7_DAYS, -1),
      days: undefined,
      inside: true,
    },
    { label: 'exactly at the default end', now: END_OF_7_DAYS, days: undefined, inside: false },
    {
      label: '1 ms after the default end',
      now: msAfter(END_OF_7_DAYS, 1),
      days: undefined,
      inside: false,
    },
    {
      label: '1 ms before a 1-day end',
      now: at('2025-03-02T09:59:59.999+08:00'),
      days: 1,
      inside: true,
    },
    {
      label: 'exactly at a 1-day end',
      now: at('2025-03-02T10:00:00.000+08:00'),
      days: 1,
      inside: false,
    },
    {
      label: '30 days, across a month end',
      now: at('2025-03-31T09:59:59.999+08:00'),
      days: 30,
      inside: true,
    },
    {
      label: 'a little before the opening (clock skew)',
      now: msAfter(FROM, -50),
      days: undefined,
      inside: true,
    },
  ])('$label → $inside', ({ now, days, inside }) => {
    expect(withinAttributionWindow(FROM, now, days)).toBe(inside);
  });
});
