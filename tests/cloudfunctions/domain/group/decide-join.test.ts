import {
  groupStatusAt,
  holdIsLive,
  holdUntil,
  joinRefusal,
  seatsLeft,
  type GroupFacts,
} from '../../../../cloudfunctions/domain/group/decide-join';
import { NOW, at, msAfter } from '../../../support/builders/clock';

const MINUTE = 60_000;
const ENDS_AT = at('2025-03-02T10:00:00.000+08:00');

const aGroup = (facts: Partial<GroupFacts> = {}): GroupFacts => ({
  status: 'open',
  endsAt: ENDS_AT,
  size: 3,
  members: 1,
  onShort: 'fail',
  ...facts,
});

describe('groupStatusAt', () => {
  test.each([
    { label: 'an open group before its deadline', group: {}, now: NOW, status: 'open' },
    {
      label: 'an open group 1 ms before its deadline',
      group: {},
      now: msAfter(ENDS_AT, -1),
      status: 'open',
    },
    {
      label: 'a short group at its deadline (onShort fail)',
      group: { members: 2 },
      now: ENDS_AT,
      status: 'failed',
    },
    {
      label: 'a short group at its deadline (onShort complete, someone paid)',
      group: { members: 1, onShort: 'complete' as const },
      now: ENDS_AT,
      status: 'completed',
    },
    {
      label: 'a group nobody paid in at its deadline, even with onShort complete',
      group: { members: 0, onShort: 'complete' as const },
      now: ENDS_AT,
      status: 'failed',
    },
    {
      label: 'a completed group after its deadline stays completed',
      group: { status: 'completed' as const, members: 3 },
      now: msAfter(ENDS_AT, 1),
      status: 'completed',
    },
    {
      label: 'a failed group stays failed, even with onShort complete',
      group: { status: 'failed' as const, onShort: 'complete' as const },
      now: msAfter(ENDS_AT, 1),
      status: 'failed',
    },
    {
      label: 'a completed group before its deadline stays completed',
      group: { status: 'completed' as const, members: 3 },
      now: NOW,
      status: 'completed',
    },
  ])('$label → $status', ({ group, now, status }) => {
    expect(groupStatusAt(aGroup(group), now)).toBe(status);
  });
});

describe('seatsLeft', () => {
  test.each([
    { label: 'an empty group', size: 5, members: 0, holds: 0, left: 5 },
    { label: 'paid and held seats both count', size: 5, members: 2, holds: 2, left: 1 },
    { label: 'a full group', size: 5, members: 3, holds: 2, left: 0 },
    { label: 'every seat paid', size: 2, members: 2, holds: 0, left: 0 },
    { label: 'never below zero', size: 2, members: 2, holds: 3, left: 0 },
  ])('$label → $left', ({ size, members, holds, left }) => {
    expect(seatsLeft({ size, members }, holds)).toBe(left);
  });
});

describe('holdIsLive', () => {
  test.each([
    { label: '1 ms before holdUntil', now: msAfter(NOW, -1), live: true },
    { label: 'exactly at holdUntil', now: NOW, live: false },
    { label: 'after holdUntil', now: msAfter(NOW, 1), live: false },
  ])('$label → $live', ({ now, live }) => {
    expect(holdIsLive(NOW, now)).toBe(live);
  });
});

describe('holdUntil', () => {
  test('is the payment window from now', () => {
    expect(holdUntil(NOW, 15, ENDS_AT)).toEqual(msAfter(NOW, 15 * MINUTE));
  });

  test('is cut at the group’s deadline', () => {
    const now = msAfter(ENDS_AT, -5 * MINUTE);
    expect(holdUntil(now, 15, ENDS_AT)).toEqual(ENDS_AT);
  });

  test('exactly at the deadline it is the deadline', () => {
    const now = msAfter(ENDS_AT, -15 * MINUTE);
    expect(holdUntil(now, 15, ENDS_AT)).toEqual(ENDS_AT);
  });
});

describe('joinRefusal', () => {
  const facts = (f: Partial<Parameters<typeof joinRefusal>[0]> = {}) => ({
    status: 'open' as const,
    campaignKeepsPromises: true,
    seatsLeft: 1,
    viewerSeat: null,
    ...f,
  });

  test.each([
    { label: 'a completed group', f: { status: 'completed' as const }, code: 'CLOSED' },
    { label: 'a failed group', f: { status: 'failed' as const }, code: 'EXPIRED' },
    { label: 'a campaign that is not live', f: { campaignKeepsPromises: false }, code: 'NOT_LIVE' },
    { label: 'no seat left', f: { seatsLeft: 0 }, code: 'GROUP_FULL' },
    {
      label: 'a settled group says how it ended before the campaign’s state',
      f: { status: 'failed' as const, campaignKeepsPromises: false, seatsLeft: 0 },
      code: 'EXPIRED',
    },
    {
      label: 'a campaign that ended before a full group',
      f: { campaignKeepsPromises: false, seatsLeft: 0 },
      code: 'NOT_LIVE',
    },
    {
      label: 'someone whose seat lapsed, with no seat left',
      f: { viewerSeat: 'released' as const, seatsLeft: 0 },
      code: 'GROUP_FULL',
    },
    {
      label: 'someone owed a refund, in a full group',
      f: { viewerSeat: 'refund_due' as const, seatsLeft: 0 },
      code: 'GROUP_FULL',
    },
  ])('$label → $code', ({ f, code }) => {
    expect(joinRefusal(facts(f))).toBe(code);
  });

  test.each([
    { label: 'a free seat in an open group of a live campaign', f: {} },
    { label: 'someone holding a seat (a retried tap)', f: { viewerSeat: 'held' as const } },
    {
      label: 'someone who paid, even in a completed group',
      f: { viewerSeat: 'paid' as const, status: 'completed' as const, seatsLeft: 0 },
    },
    {
      label: 'someone holding a seat in a full group of an ended campaign',
      f: { viewerSeat: 'held' as const, seatsLeft: 0, campaignKeepsPromises: false },
    },
    {
      label: 'someone whose seat lapsed, with a seat left',
      f: { viewerSeat: 'released' as const },
    },
  ])('$label → null', ({ f }) => {
    expect(joinRefusal(facts(f))).toBeNull();
  });
});
