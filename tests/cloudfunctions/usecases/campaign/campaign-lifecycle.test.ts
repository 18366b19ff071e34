/**
 * The campaign lifecycle: draft → live → paused ⇄ live → ended. Every cell of the table the
 * README documents: what a shopper may begin in each state (nothing new once paused or ended;
 * a draft is indistinguishable from an unknown id), what goes on regardless (helps, joins and
 * packet claims on what already began, until its own deadline), which moves a merchant may
 * make, and that what a campaign promised is frozen once anyone took part.
 */
import type { CampaignStatus } from '../../../../cloudfunctions/contracts/campaign';
import {
  aBargainCampaign,
  aCouponCampaign,
  aGroupCampaign,
} from '../../../support/builders/campaign-config';
import { snapshotDb } from '../../../support/db-snapshot';
import { expectError, useHarness } from '../../../support/harness';
import { storeKinds } from '../../../support/stores';

const START = '2026-03-01T10:00:00.000+08:00';
type Outcome = 'ok' | 'NOT_FOUND' | 'CAMPAIGN_PAUSED' | 'NOT_LIVE';

describe.each(storeKinds())('campaign lifecycle on %s', (kind) => {
  const h = useHarness(kind, { start: START });

  const merchant = (action: string, campaignId: string) =>
    h.call<{ status: CampaignStatus }>('campaign', { action, campaignId }, 'merchant', 'merchant');
  /** Drives a live campaign to `status` through the merchant's moves. */
  async function moveTo(campaignId: string, status: CampaignStatus) {
    if (status === 'paused' || status === 'ended') {
      expect((await merchant(status === 'paused' ? 'pause' : 'end', campaignId)).ok).toBe(true);
    }
  }
  const codeOf = (r: { ok: boolean; error?: { code: string } }): Outcome =>
    r.ok ? 'ok' : (r.error!.code as Outcome);

  describe('what a shopper may begin', () => {
    test.each([
      { status: 'draft', outcome: 'NOT_FOUND' },
      { status: 'live', outcome: 'ok' },
      { status: 'paused', outcome: 'CAMPAIGN_PAUSED' },
      { status: 'ended', outcome: 'NOT_LIVE' },
    ] as { status: CampaignStatus; outcome: Outcome }[])(
      '$status: starting a bargain, opening a group, claiming a coupon → $outcome',
      async ({ status, outcome }) => {
        const bargain = await h.save(aBargainCampaign(), status === 'draft' ? 'draft' : 'live');
        const group = await h.save(aGroupCampaign(), status === 'draft' ? 'draft' : 'live');
        const coupon = await h.save(aCouponCampaign(), status === 'draft' ? 'draft' : 'live');
        for (const c of [bargain, group, coupon]) await moveTo(c.id, status);
        const before = await snapshotDb(h.store);
        const results = [
          await h.call('bargain', { action: 'start', campaignId: bargain.id }, 'amy'),
          await h.call('group', { action: 'open', campaignId: group.id }, 'amy'),
          await h.call('coupon', { action: 'claim', templateId: coupon.id }, 'amy'),
        ];
        expect(results.map(codeOf)).toEqual([outcome, outcome, outcome]);
        if (outcome !== 'ok') expect(await snapshotDb(h.store)).toEqual(before);
      },
    );

    test('a draft answers exactly what an unknown id answers, message included', async () => {
      const draft = await h.save(aBargainCampaign(), 'draft');
      const unknown = 'no-such-campaign';
      const strip = (r: any, id: string) => JSON.stringify(r).replaceAll(id, '<id>');
      for (const action of ['get', 'start'] as const) {
        const fn = action === 'get' ? 'campaign' : 'bargain';
        expect(strip(await h.call(fn, { action, campaignId: draft.id }, 'amy'), draft.id)).toBe(
          strip(await h.call(fn, { action, campaignId: unknown }, 'amy'), unknown),
        );
      }
    });

    test.each(['paused', 'ended'] as const)(
      'a shopper still sees a %s campaign, and its state',
      async (status) => {
        const c = await h.save(aBargainCampaign());
        await moveTo(c.id, status);
        const got = await h.ok('campaign', { action: 'get', campaignId: c.id }, 'amy');
        expect(got.campaign.status).toBe(status);
      },
    );
  });

  describe('what began keeps its promise, paused or ended, until its own deadline', () => {
    test.each(['live', 'paused', 'ended'] as const)(
      '%s: friends still help a bargain and join a group that began while live',
      async (status) => {
        const b = await h.save(aBargainCampaign());
        const g = await h.save(aGroupCampaign({ size: 3 }));
        const { bargain } = await h.ok('bargain', { action: 'start', campaignId: b.id }, 'ann');
        const { group } = await h.ok('group', { action: 'open', campaignId: g.id }, 'ann');
        await moveTo(b.id, status);
        await moveTo(g.id, status);
        const help = await h.call('bargain', { action: 'help', bargainId: bargain.id }, 'ben');
        const join = await h.call('group', { action: 'join', groupId: group.id }, 'ben');
        expect([codeOf(help), codeOf(join)]).toEqual(['ok', 'ok']);
        expect(codeOf(await h.call('bargain', { action: 'mine' }, 'ann'))).toBe('ok');
      },
    );
  });

  describe('the merchant’s moves', () => {
    test.each([
      { from: 'draft', move: 'publish', to: 'live' },
      { from: 'draft', move: 'pause', to: 'INVALID_TRANSITION' },
      { from: 'draft', move: 'resume', to: 'INVALID_TRANSITION' },
      { from: 'draft', move: 'end', to: 'INVALID_TRANSITION' },
      { from: 'live', move: 'publish', to: 'live' },
      { from: 'live', move: 'pause', to: 'paused' },
      { from: 'live', move: 'resume', to: 'live' },
      { from: 'live', move: 'end', to: 'ended' },
      { from: 'paused', move: 'publish', to: 'INVALID_TRANSITION' },
      { from: 'paused', move: 'pause', to: 'paused' },
      { from: 'paused', move: 'resume', to: 'live' },
      { from: 'paused', move: 'end', to: 'ended' },
      { from: 'ended', move: 'publish', to: 'INVALID_TRANSITION' },
      { from: 'ended', move: 'pause', to: 'INVALID_TRANSITION' },
      { from: 'ended', move: 'resume', to: 'INVALID_TRANSITION' },
      { from: 'ended', move: 'end', to: 'ended' },
    ] as const)('$from, $move → $to', async ({ from, move, to }) => {
      const c = await h.save(aBargainCampaign(), from === 'draft' ? 'draft' : 'live');
      await moveTo(c.id, from);
      const before = await snapshotDb(h.store);
      const result = await merchant(move, c.id);
      if (to === 'INVALID_TRANSITION') {
        expectError(result, to);
        expect(await snapshotDb(h.store)).toEqual(before);
      } else {
        expect(result).toMatchObject({ ok: true, data: { status: to } });
      }
    });

    test.each(['pause', 'resume', 'end'])('a shopper cannot %s a campaign', async (move) => {
      const c = await h.save(aBargainCampaign());
      expectError(await h.call('campaign', { action: move, campaignId: c.id }, 'amy'), 'FORBIDDEN');
    });

    test('re-loading a live campaign keeps it live: it never goes back to draft', async () => {
      const c = await h.save(aBargainCampaign());
      const saved = await h.ok('campaign', { action: 'save', config: c }, 'merchant', 'merchant');
      expect(saved.status).toBe('live');
      expect(codeOf(await h.call('campaign', { action: 'get', campaignId: c.id }, 'amy'))).toBe(
        'ok',
      );
    });
  });

  describe('once people took part, what the campaign promised is frozen', () => {
    const save = (config: unknown) =>
      h.call('campaign', { action: 'save', config }, 'merchant', 'merchant');

    test.each([
      {
        label: 'the helps needed',
        change: (c: any) => ({ ...c, bargain: { ...c.bargain, helpsNeeded: 3 } }),
        field: 'bargain.helpsNeeded',
      },
      {
        label: 'the floor price',
        change: (c: any) => ({ ...c, bargain: { ...c.bargain, floorFen: 500 } }),
        field: 'bargain.floorFen',
      },
      {
        label: 'the kind (a bargain re-saved as a coupon campaign)',
        change: (c: any) => ({
          ...aCouponCampaign({}, {}),
          id: c.id,
        }),
        field: 'kind',
      },
    ])(
      'changing $label is CAMPAIGN_LOCKED, naming it, and changes nothing',
      async ({ change, field }) => {
        const c = await h.save(aBargainCampaign());
        const { bargain } = await h.ok('bargain', { action: 'start', campaignId: c.id }, 'ann');
        const before = await snapshotDb(h.store);
        const refused = await save(change(c));
        expectError(refused, 'CAMPAIGN_LOCKED');
        expect(!refused.ok && refused.error.message).toContain(field);
        expect(await snapshotDb(h.store)).toEqual(before);
        // Every list and view still answers.
        expect(codeOf(await h.call('bargain', { action: 'mine' }, 'ann'))).toBe('ok');
        expect(
          codeOf(await h.call('bargain', { action: 'get', bargainId: bargain.id }, 'ann')),
        ).toBe('ok');
      },
    );

    test('copy may still change after people took part', async () => {
      const c = await h.save(aBargainCampaign());
      await h.ok('bargain', { action: 'start', campaignId: c.id }, 'ann');
      const saved = await save({ ...c, title: '新的标题：更清楚的说法' });
      expect(saved).toMatchObject({ ok: true, data: { status: 'live' } });
    });

    test('before anyone took part, the terms may still change', async () => {
      const c = await h.save(aBargainCampaign());
      const changed = { ...c, bargain: { ...(c as any).bargain, durationHours: 48 } };
      expect(await save(changed)).toMatchObject({ ok: true });
    });
  });
});
