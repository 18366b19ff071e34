import {
  claimRefusal,
  packetStatusAt,
  type ClaimFacts,
} from '../../../../cloudfunctions/domain/packet/decide-claim';
import { NOW, at, msAfter } from '../../../support/builders/clock';

const ENDS_AT = at('2025-03-02T10:00:00.000+08:00');

describe('packetStatusAt', () => {
  test.each([
    { label: 'nothing claimed, before its end', claimed: 0, now: NOW, status: 'open' },
    {
      label: 'some claimed, 1 ms before its end',
      claimed: 3,
      now: msAfter(ENDS_AT, -1),
      status: 'open',
    },
    { label: 'at its end', claimed: 3, now: ENDS_AT, status: 'expired' },
    { label: 'after its end', claimed: 0, now: msAfter(ENDS_AT, 1), status: 'expired' },
    { label: 'every coupon claimed', claimed: 5, now: NOW, status: 'empty' },
    {
      label: 'every coupon claimed, after its end: empty, not expired',
      claimed: 5,
      now: msAfter(ENDS_AT, 1),
      status: 'empty',
    },
  ])('$label → $status', ({ claimed, now, status }) => {
    expect(packetStatusAt({ slots: 5, claimed, endsAt: ENDS_AT }, now)).toBe(status);
  });
});

describe('claimRefusal', () => {
  const facts = (f: Partial<ClaimFacts> = {}): ClaimFacts => ({
    status: 'open',
    isSharer: false,
    claimsToday: 0,
    claimsPerDay: 3,
    ...f,
  });

  test.each([
    { label: 'the sharer', f: { isSharer: true }, code: 'SELF_CLAIM' },
    {
      label: 'the sharer, of an empty packet: it was never for them',
      f: { isSharer: true, status: 'empty' as const },
      code: 'SELF_CLAIM',
    },
    { label: 'an empty packet', f: { status: 'empty' as const }, code: 'PACKET_EMPTY' },
    { label: 'an expired packet', f: { status: 'expired' as const }, code: 'EXPIRED' },
    {
      label: 'an expired packet, past the daily limit: expired says more',
      f: { status: 'expired' as const, claimsToday: 3 },
      code: 'EXPIRED',
    },
    { label: 'a friend at the daily limit', f: { claimsToday: 3 }, code: 'CLAIM_LIMIT' },
    { label: 'a friend over the daily limit', f: { claimsToday: 4 }, code: 'CLAIM_LIMIT' },
    {
      label: 'an empty packet, past the daily limit: empty says more',
      f: { status: 'empty' as const, claimsToday: 3 },
      code: 'PACKET_EMPTY',
    },
  ])('$label → $code', ({ f, code }) => {
    expect(claimRefusal(facts(f))).toBe(code);
  });

  test.each([
    { label: 'a friend’s first claim today', f: {} },
    { label: 'a friend one below the limit', f: { claimsToday: 2 } },
    { label: 'a limit of one, nothing claimed', f: { claimsPerDay: 1 } },
    {
      label: 'a claim, where the count is left to the conditional write',
      f: { claimsToday: undefined },
    },
  ])('$label → null', ({ f }) => {
    expect(claimRefusal(facts(f))).toBeNull();
  });
});
