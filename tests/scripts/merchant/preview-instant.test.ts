import { previewInstant } from '../../../scripts/merchant/preview/preview-instant';

const NOW = new Date('2026-11-23T08:00:00.000Z');

describe('previewInstant: a preview plays inside the campaign’s window', () => {
  test.each([
    { label: 'no window: now', window: {}, at: NOW.toISOString() },
    {
      label: 'inside the window: now',
      window: { startsAt: '2026-11-01T00:00:00+08:00', endsAt: '2026-12-31T00:00:00+08:00' },
      at: NOW.toISOString(),
    },
    {
      label: 'not started yet: a minute after the start',
      window: { startsAt: '2026-12-01T00:00:00+08:00' },
      at: '2026-11-30T16:01:00.000Z',
    },
    {
      label: 'ended: a minute after its start',
      window: { startsAt: '2026-03-01T00:00:00+08:00', endsAt: '2026-04-30T23:59:59+08:00' },
      at: '2026-02-28T16:01:00.000Z',
    },
    {
      label: 'ended, no start: a day before the end',
      window: { endsAt: '2026-04-30T00:00:00.000Z' },
      at: '2026-04-29T00:00:00.000Z',
    },
    {
      label: 'ending within the half hour a preview may take: from its start',
      window: { startsAt: '2026-11-23T00:00:00.000Z', endsAt: '2026-11-23T08:10:00.000Z' },
      at: '2026-11-23T00:01:00.000Z',
    },
    {
      label: 'a window under two minutes: its middle',
      window: { startsAt: '2026-12-01T00:00:00.000Z', endsAt: '2026-12-01T00:01:00.000Z' },
      at: '2026-12-01T00:00:30.000Z',
    },
  ])('$label', ({ window, at }) => {
    const instant = previewInstant(window, NOW);
    expect(instant.at.toISOString()).toBe(at);
    expect(instant.offsetMs).toBe(Date.parse(at) - NOW.getTime());
    if (instant.offsetMs === 0) expect(instant.reason).toBeNull();
    else expect(instant.reason).toContain(at);
  });
});
