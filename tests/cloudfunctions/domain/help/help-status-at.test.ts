import { helpStatusAt } from '../../../../cloudfunctions/domain/help/help-status-at';
import { at, msAfter } from '../../../support/builders/clock';

const ENDS_AT = at('2025-03-02T10:00:00.000+08:00');

describe('helpStatusAt (a bargain or an assist)', () => {
  test.each([
    {
      label: 'active before its end',
      status: 'active' as const,
      now: msAfter(ENDS_AT, -1),
      expected: 'active',
    },
    { label: 'active at its end', status: 'active' as const, now: ENDS_AT, expected: 'expired' },
    {
      label: 'active 1 ms after its end',
      status: 'active' as const,
      now: msAfter(ENDS_AT, 1),
      expected: 'expired',
    },
    {
      label: 'completed after its end stays completed',
      status: 'completed' as const,
      now: msAfter(ENDS_AT, 1),
      expected: 'completed',
    },
    {
      label: 'expired before its end stays expired',
      status: 'expired' as const,
      now: msAfter(ENDS_AT, -1),
      expected: 'expired',
    },
  ])('$label', ({ status, now, expected }) => {
    expect(helpStatusAt({ status, endsAt: ENDS_AT }, now)).toBe(expected);
  });
});
