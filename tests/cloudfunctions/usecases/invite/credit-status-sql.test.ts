/**
 * The aggregates (progress, boards, stats) read a credit's status through creditStatusSql; the
 * domain decides it with creditStatusAt. Both must agree on every kind of stored credit.
 */
import {
  creditStatusAt,
  type CreditStatus,
} from '../../../../cloudfunctions/domain/attribution/conversion-credit';
import { creditStatusSql } from '../../../../cloudfunctions/usecases/invite/credit-status-sql';
import { aBargainCampaign } from '../../../support/builders/campaign-config';
import { openHarness, type Harness } from '../../../support/harness';
import { storeKinds } from '../../../support/stores';

const NOW = new Date('2026-03-08T12:00:00.000+08:00');
const HOLDS = {
  none: null,
  past: new Date(NOW.getTime() - 1),
  'exactly now': NOW,
  future: new Date(NOW.getTime() + 1),
} as const;
const REVIEWED = { 'not reviewed': null, reviewed: new Date('2026-03-07T09:00:00.000+08:00') };
const FLAGS = {
  'no flags': [],
  flagged: ['same-ip-burst: 3 new people from one IP within 60 minutes'],
};
const STATUSES: CreditStatus[] = ['counted', 'pending', 'rejected'];

interface Case {
  id: string;
  label: string;
  status: CreditStatus;
  flags: string[];
  reviewedAt: Date | null;
  holdUntil: Date | null;
}

const cases: Case[] = STATUSES.flatMap((status) =>
  Object.entries(FLAGS).flatMap(([flagLabel, flags]) =>
    Object.entries(REVIEWED).flatMap(([reviewLabel, reviewedAt]) =>
      Object.entries(HOLDS).map(([holdLabel, holdUntil]) => ({
        label: `${status}, ${flagLabel}, ${reviewLabel}, hold ${holdLabel}`,
        status,
        flags,
        reviewedAt,
        holdUntil,
      })),
    ),
  ),
).map((c, i) => ({ ...c, id: `cnv_case${String(i).padStart(12, '0')}` }));

describe.each(storeKinds())('creditStatusSql agrees with creditStatusAt on %s', (kind) => {
  let h: Harness;
  let sqlStatus: Map<string, string>;

  beforeAll(async () => {
    h = await openHarness(kind);
    const campaign = await h.save(aBargainCampaign());
    for (const c of cases) {
      await h.store.query(
        `insert into conversion (id, campaign_id, invitee_openid, sharer_openid, stage, ref_id, xp,
           status, hold_until, flags, created_at, reviewed_at)
         values ($1, $2, 'invitee', 'sharer', 'ordered', $1, 10, $3, $4, $5, $6, $7)`,
        [c.id, campaign.id, c.status, c.holdUntil, JSON.stringify(c.flags), NOW, c.reviewedAt],
      );
    }
    const rows = await h.store.query<{ id: string; status: string }>(
      `select c.id, ${creditStatusSql('c', '$1')} as status from conversion c where c.campaign_id = $2`,
      [NOW, campaign.id],
    );
    sqlStatus = new Map(rows.map((r) => [r.id, r.status]));
  });
  afterAll(() => h.close());

  test('every case was stored and read back', () => {
    expect(cases).toHaveLength(3 * 2 * 2 * 4);
    expect(sqlStatus.size).toBe(cases.length);
  });

  test.each(cases)('$label', ({ id, status, flags, reviewedAt, holdUntil }) => {
    const domain = creditStatusAt(
      { status, flagged: flags.length > 0 && reviewedAt === null, holdUntil },
      NOW,
    );
    expect(sqlStatus.get(id)).toBe(domain);
  });

  // Anchors, so that two rules wrong in the same way cannot agree unnoticed.
  test.each([
    {
      label: 'held order, hold not over',
      match: 'pending, no flags, not reviewed, hold future',
      expected: 'pending',
    },
    {
      label: 'held order, hold ends now',
      match: 'pending, no flags, not reviewed, hold exactly now',
      expected: 'counted',
    },
    {
      label: 'flagged, unreviewed, no hold',
      match: 'pending, flagged, not reviewed, hold none',
      expected: 'pending',
    },
    {
      label: 'flagged, approved, no hold',
      match: 'pending, flagged, reviewed, hold none',
      expected: 'counted',
    },
    {
      label: 'flagged, approved, hold not over',
      match: 'pending, flagged, reviewed, hold future',
      expected: 'pending',
    },
    {
      label: 'rejected after its hold',
      match: 'rejected, flagged, reviewed, hold past',
      expected: 'rejected',
    },
  ])('anchor: $label → $expected', ({ match, expected }) => {
    const c = cases.find((x) => x.label === match)!;
    expect(sqlStatus.get(c.id)).toBe(expected);
  });
});
