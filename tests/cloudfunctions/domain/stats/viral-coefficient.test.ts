import {
  viralCoefficient,
  type ViralCounts,
} from '../../../../cloudfunctions/domain/stats/viral-coefficient';

function counts(overrides: Partial<ViralCounts> = {}): ViralCounts {
  return {
    participants: 100,
    invitesSent: 300,
    invitees: 200,
    inviteesConverted: 50,
    ...overrides,
  };
}

describe('viralCoefficient', () => {
  test.each([
    { label: '3 invites each, a quarter of invitees convert', counts: {}, k: 0.75 },
    {
      label: 'self-sustaining growth at exactly 1',
      counts: { invitesSent: 400, invitees: 200, inviteesConverted: 50 },
      k: 1,
    },
    {
      label: 'above 1',
      counts: { participants: 10, invitesSent: 50, invitees: 40, inviteesConverted: 20 },
      k: 2.5,
    },
    { label: 'no participants', counts: { participants: 0 }, k: 0 },
    { label: 'no invites', counts: { invitesSent: 0 }, k: 0 },
    { label: 'no invitees', counts: { invitees: 0, inviteesConverted: 0 }, k: 0 },
    { label: 'invitees but none converted', counts: { inviteesConverted: 0 }, k: 0 },
    {
      label: 'an empty campaign',
      counts: { participants: 0, invitesSent: 0, invitees: 0, inviteesConverted: 0 },
      k: 0,
    },
  ])('$label → K = $k', ({ counts: c, k }) => {
    expect(viralCoefficient(counts(c))).toBeCloseTo(k, 10);
  });
});
