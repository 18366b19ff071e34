import { campaignConfigSchema } from '../../../../cloudfunctions/contracts/campaign-config';
import { scheduleFindings } from '../../../../cloudfunctions/domain/compliance/schedule-findings';
import { aBargainCampaign } from '../../../support/builders/campaign-config';

const NOW = new Date('2026-12-03T12:00:00.000Z');
const ending = (endsAt: string | undefined) =>
  campaignConfigSchema.parse({ ...aBargainCampaign(), startsAt: undefined, endsAt });

describe('scheduleFindings: an end date already past', () => {
  test.each([
    { label: 'ended in April', endsAt: '2026-04-30T23:59:59+08:00', warned: true },
    { label: 'ends this very moment', endsAt: NOW.toISOString(), warned: true },
    { label: 'ends in a minute', endsAt: '2026-12-03T12:01:00.000Z', warned: false },
    { label: 'no end date', endsAt: undefined, warned: false },
  ])('$label → warned $warned', ({ endsAt, warned }) => {
    expect(scheduleFindings(ending(endsAt), NOW).length).toBe(warned ? 1 : 0);
  });

  test('a warning at endsAt, in China time, with a way out', () => {
    expect(scheduleFindings(ending('2026-04-30T23:59:59+08:00'), NOW)).toEqual([
      {
        ruleId: 'ends-in-past',
        severity: 'warning',
        path: ['endsAt'],
        message: '结束时间 2026-04-30 23:59（北京时间）已经过去：上线后不能再发起或领取。',
        source: 'campaign-config contract',
        rewrite: '把 endsAt 改到未来的时间，或去掉 endsAt（不设结束时间）。',
      },
    ]);
  });
});
