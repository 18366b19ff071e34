import { decideStart, type StartFacts } from '../../../../cloudfunctions/domain/help/decide-start';
import { NOW, at, msAfter } from '../../../support/builders/clock';

interface Existing {
  id: string;
  endsAt: Date;
}

function startFacts(overrides: Partial<StartFacts<Existing>> = {}): StartFacts<Existing> {
  return {
    startsSoFar: 0,
    maxStartsPerUser: 1,
    activeExisting: null,
    campaignStatus: 'live',
    campaignWindow: {},
    durationHours: 24,
    now: NOW,
    ...overrides,
  };
}

const existing = { id: 'brg_existing0000000', endsAt: msAfter(NOW, 3_600_000) };

describe('decideStart', () => {
  test.each([
    {
      label: 'a draft campaign, exactly as an unknown one',
      facts: { campaignStatus: 'draft' as const },
      code: 'NOT_FOUND',
    },
    {
      label: 'a paused campaign',
      facts: { campaignStatus: 'paused' as const },
      code: 'CAMPAIGN_PAUSED',
    },
    { label: 'an ended campaign', facts: { campaignStatus: 'ended' as const }, code: 'NOT_LIVE' },
    {
      label: '1 ms before the campaign starts',
      facts: { campaignWindow: { startsAt: msAfter(NOW, 1) } },
      code: 'NOT_LIVE',
    },
    {
      label: 'exactly when the campaign ends',
      facts: { campaignWindow: { endsAt: NOW } },
      code: 'NOT_LIVE',
    },
    {
      label: 'after the campaign ended',
      facts: { campaignWindow: { endsAt: msAfter(NOW, -1) } },
      code: 'NOT_LIVE',
    },
    {
      label: 'at the start limit',
      facts: { startsSoFar: 1, maxStartsPerUser: 1 },
      code: 'START_LIMIT',
    },
    {
      label: 'past the start limit',
      facts: { startsSoFar: 4, maxStartsPerUser: 3 },
      code: 'START_LIMIT',
    },
    {
      label: 'not live outranks the start limit',
      facts: { campaignStatus: 'ended' as const, startsSoFar: 1 },
      code: 'NOT_LIVE',
    },
    {
      label: 'an existing one that has run out does not count as active',
      facts: { activeExisting: { ...existing, endsAt: NOW }, startsSoFar: 1 },
      code: 'START_LIMIT',
    },
  ])('refuses $label → $code', ({ facts, code }) => {
    expect(decideStart(startFacts(facts))).toEqual({ ok: false, code });
  });

  test.each([
    { label: 'while live', facts: {} },
    { label: 'at the start limit', facts: { startsSoFar: 1 } },
    { label: 'in an ended campaign', facts: { campaignStatus: 'ended' as const, startsSoFar: 1 } },
  ])('hands back the active one $label, so a retried start lands on it', ({ facts }) => {
    expect(decideStart(startFacts({ ...facts, activeExisting: existing }))).toEqual({
      ok: true,
      action: 'reuse',
      existing,
    });
  });

  test.each([
    {
      label: 'without a campaign end',
      facts: {},
      endsAt: '2025-03-02T02:00:00.000Z',
    },
    {
      label: 'exactly at the campaign start',
      facts: { campaignWindow: { startsAt: NOW } },
      endsAt: '2025-03-02T02:00:00.000Z',
    },
    {
      label: 'with a campaign end later than the duration',
      facts: { campaignWindow: { endsAt: at('2025-03-10T00:00:00.000Z') } },
      endsAt: '2025-03-02T02:00:00.000Z',
    },
    {
      label: 'capped at a campaign end sooner than the duration',
      facts: { campaignWindow: { endsAt: at('2025-03-01T12:00:00.000+08:00') } },
      endsAt: '2025-03-01T04:00:00.000Z',
    },
    {
      label: 'for a 720-hour duration',
      facts: { durationHours: 720 },
      endsAt: '2025-03-31T02:00:00.000Z',
    },
    {
      label: 'below the start limit',
      facts: { startsSoFar: 2, maxStartsPerUser: 3 },
      endsAt: '2025-03-02T02:00:00.000Z',
    },
  ])('starts a new one $label', ({ facts, endsAt }) => {
    const decision = decideStart(startFacts(facts));
    expect(decision.ok && decision.action === 'start' && decision.endsAt.toISOString()).toBe(
      endsAt,
    );
  });
});
