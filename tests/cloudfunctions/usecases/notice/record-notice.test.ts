/**
 * Recording a notice from WeChat: once per punish_id, and — by the merchant's setting — every
 * live campaign paused through the lifecycle, in the same transaction. What a pause keeps:
 * nothing new starts, what began goes on. Fail any statement and neither the notice nor a
 * pause remains.
 */
import type { AutoPause, WechatNotice } from '../../../../cloudfunctions/contracts/notice';
import { punishEventSchema } from '../../../../cloudfunctions/contracts/push';
import type { Deps } from '../../../../cloudfunctions/usecases/deps';
import { pushFunction } from '../../../../cloudfunctions/functions/push/handler';
import type { Sql, Store } from '../../../../cloudfunctions/store/store';
import { recordNotice } from '../../../../cloudfunctions/usecases/notice/record-notice';
import { aBargainCampaign, aCouponCampaign } from '../../../support/builders/campaign-config';
import { aPunishEvent, aWarningEvent } from '../../../support/builders/wechat-push';
import { snapshotDb } from '../../../support/db-snapshot';
import { expectError, useHarness, type Harness } from '../../../support/harness';
import { describeOnServer } from '../../../support/on-server';
import { storeKinds } from '../../../support/stores';

const record = (event: Record<string, unknown>, autoPause: AutoPause, deps: Deps) =>
  recordNotice({ event: punishEventSchema.parse(event), raw: event, autoPause }, deps);

async function statuses(h: Harness, ids: string[]): Promise<Record<string, string>> {
  const rows = await h.store.query<{ id: string; status: string }>(
    'select id, status from campaign where id = any($1::text[])',
    [ids],
  );
  return Object.fromEntries(rows.map((r) => [r.id, r.status]));
}

describe.each(storeKinds())('recording a notice on %s', (kind) => {
  const h = useHarness(kind);

  /** A live, a draft, a paused and an ended campaign, and which of them a pause moves. */
  async function fourCampaigns() {
    const live = await h.save(aBargainCampaign());
    const draft = await h.save(aBargainCampaign(), 'draft');
    const paused = await h.save(aCouponCampaign(), 'paused');
    const ended = await h.save(aCouponCampaign(), 'ended');
    return { live: live.id, draft: draft.id, paused: paused.id, ended: ended.id };
  }

  describe('the setting decides what pauses', () => {
    test.each([
      { setting: 'bans', notice: 'a ban', event: aPunishEvent, pauses: true },
      { setting: 'bans', notice: 'a warning', event: aWarningEvent, pauses: false },
      { setting: 'off', notice: 'a ban', event: aPunishEvent, pauses: false },
      { setting: 'off', notice: 'a warning', event: aWarningEvent, pauses: false },
      { setting: 'all', notice: 'a ban', event: aPunishEvent, pauses: true },
      { setting: 'all', notice: 'a warning', event: aWarningEvent, pauses: true },
    ] as const)('$setting, $notice → pauses live campaigns: $pauses', async (row) => {
      const ids = await fourCampaigns();
      const result = await record(row.event(), row.setting, h.deps);
      expect(result.replayed).toBe(false);
      expect(await statuses(h, Object.values(ids))).toEqual({
        [ids.live]: row.pauses ? 'paused' : 'live',
        [ids.draft]: 'draft',
        [ids.paused]: 'paused',
        [ids.ended]: 'ended',
      });
      // Only what this notice moved is its own: the campaign paused before is not.
      if (row.pauses) expect(result.pausedCampaignIds).toContain(ids.live);
      expect(result.pausedCampaignIds).not.toContain(ids.paused);
      expect(result.pausedCampaignIds).not.toContain(ids.draft);
      const [stored] = await h.store.query<{ auto_pause: string; paused_campaign_ids: string[] }>(
        'select auto_pause, paused_campaign_ids from wechat_notice where punish_id = $1',
        [result.punishId],
      );
      expect(stored).toEqual({
        auto_pause: row.setting,
        paused_campaign_ids: result.pausedCampaignIds,
      });
    });
  });

  describe('a paused campaign keeps what began', () => {
    test('no new bargain starts; one already started can still be helped', async () => {
      const campaign = await h.save(aBargainCampaign());
      const { bargain } = await h.ok(
        'bargain',
        { action: 'start', campaignId: campaign.id },
        'ann',
      );
      await record(aPunishEvent(), 'bans', h.deps);
      const start = { action: 'start', campaignId: campaign.id };
      expectError(await h.call('bargain', start, 'bob'), 'CAMPAIGN_PAUSED');
      await h.ok('bargain', { action: 'help', bargainId: bargain.id }, 'cat');
    });

    test('campaign.resume makes it live again, and the notice says so', async () => {
      const campaign = await h.save(aBargainCampaign());
      const { punishId } = await record(aPunishEvent(), 'bans', h.deps);
      await h.ok('campaign', { action: 'resume', campaignId: campaign.id }, 'm', 'merchant');
      const { notices } = await h.ok<{ notices: WechatNotice[] }>(
        'campaign',
        { action: 'notices' },
        'm',
        'merchant',
      );
      const notice = notices.find((n) => n.punishId === punishId);
      expect(notice?.pausedCampaigns).toContainEqual({
        campaignId: campaign.id,
        title: campaign.title,
        status: 'live',
      });
    });
  });

  describe('the notice and its pauses commit together or not at all', () => {
    /** The store, with the first statement of a transaction matching `pattern` failing. */
    function failing(store: Store, pattern: RegExp): Store {
      const failingTx = (tx: Sql): Sql => ({
        query: (text, params) =>
          pattern.test(text)
            ? Promise.reject(new Error('injected failure'))
            : tx.query(text, params),
        exec: (script) => tx.exec(script),
      });
      return { ...store, transaction: (fn) => store.transaction((tx) => fn(failingTx(tx))) };
    }

    test.each([
      { label: 'the pause fails', pattern: /^\s*update campaign/ },
      { label: 'recording what it paused fails', pattern: /^\s*update wechat_notice/ },
    ])('$label: no notice and no pause remain', async ({ pattern }) => {
      await h.save(aBargainCampaign());
      await h.save(aCouponCampaign());
      const before = await snapshotDb(h.store);
      const deps = { ...h.deps, store: failing(h.store, pattern) };
      await expect(record(aPunishEvent(), 'bans', deps)).rejects.toThrow('injected failure');
      expect(await snapshotDb(h.store)).toEqual(before);
    });

    test('through the function: INTERNAL (logged), and the re-push then records it', async () => {
      const campaign = await h.save(aBargainCampaign());
      const event = aPunishEvent();
      const errors = jest.spyOn(console, 'error').mockImplementation(() => {});
      const deps = { ...h.deps, store: failing(h.store, /^\s*update campaign/) };
      const failed = await pushFunction(event, { from: 'wechat' }, deps, { autoPause: 'bans' });
      expectError(failed, 'INTERNAL');
      expect(errors).toHaveBeenCalled();
      errors.mockRestore();
      expect(await statuses(h, [campaign.id])).toEqual({ [campaign.id]: 'live' });
      const retried = await pushFunction(event, { from: 'wechat' }, h.deps, { autoPause: 'bans' });
      expect(retried).toMatchObject({ ok: true, data: { replayed: false } });
      expect(await statuses(h, [campaign.id])).toEqual({ [campaign.id]: 'paused' });
    });
  });
});

describeOnServer('the same notice pushed 10 times at once on %s', (kind) => {
  const h = useHarness(kind);

  test('one records and pauses; the others answer its outcome as replays', async () => {
    const a = await h.save(aBargainCampaign());
    const b = await h.save(aCouponCampaign());
    const event = aPunishEvent();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => record(event, 'bans', h.deps)),
    );
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    const first = results.find((r) => !r.replayed)!;
    expect(first.pausedCampaignIds).toEqual(expect.arrayContaining([a.id, b.id]));
    for (const r of results) expect(r.pausedCampaignIds).toEqual(first.pausedCampaignIds);
    const rows = await h.store.query('select 1 from wechat_notice where punish_id = $1', [
      event.punish_id,
    ]);
    expect(rows).toHaveLength(1);
  });
});
