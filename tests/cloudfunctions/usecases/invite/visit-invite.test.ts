/**
 * Who brought whom, through `invite.visit`: a person is attributed only on their first visit,
 * to the sharer whose token brought them then, inside the window measured from the share.
 */
import { aBargainCampaign } from '../../../support/builders/campaign-config';
import { snapshotDb } from '../../../support/db-snapshot';
import { expectError, expectRefusedAndUnchanged, useHarness } from '../../../support/harness';
import { storeKinds } from '../../../support/stores';

const START = '2026-03-01T10:00:00.000+08:00';
const DAY = 86_400_000;
const at = (iso: string, deltaMs = 0) => new Date(Date.parse(iso) + deltaMs);

describe.each(storeKinds())('invite.visit on %s', (kind) => {
  const h = useHarness(kind, { start: START, resetClock: true });

  const share = async (campaignId: string, who: string): Promise<string> =>
    (await h.ok('invite', { action: 'share', campaignId }, who)).token;
  const visit = (event: object, who: string, role?: 'shopper' | 'merchant') =>
    h.call('invite', { action: 'visit', ...event }, who, role);
  const okVisit = (event: object, who: string) =>
    h.ok('invite', { action: 'visit', ...event }, who);
  const attributions = (campaignId: string) =>
    h.store.query<{ invitee_openid: string; sharer_openid: string }>(
      `select invitee_openid, sharer_openid from attribution where campaign_id = $1
        order by invitee_openid`,
      [campaignId],
    );
  const credits = (campaignId: string) =>
    h.store.query<{ sharer_openid: string; invitee_openid: string; stage: string }>(
      `select sharer_openid, invitee_openid, stage from conversion where campaign_id = $1
        order by created_at, invitee_openid`,
      [campaignId],
    );
  /** What a visit that attributes the visitor to nobody answers. */
  const unattributed = (campaignId: string, isNewUser = false) => ({
    campaignId,
    isNewUser,
    invitedBy: null,
    subject: null,
  });
  const expectNobodyCredited = async (campaignId: string) => {
    expect(await attributions(campaignId)).toEqual([]);
    expect(await credits(campaignId)).toEqual([]);
  };
  const visitRows = (campaignId: string, openid: string) =>
    h.store.query<{ token: string | null; is_new: boolean }>(
      'select token, is_new from visit where campaign_id = $1 and openid = $2 order by id',
      [campaignId, openid],
    );

  describe('the window runs windowDays from the share; its end is outside', () => {
    test.each([
      { label: '1 ms before the end: attributed', offsetMs: -1, attributed: true },
      { label: 'exactly at the end: the token expired', offsetMs: 0, attributed: false },
    ])('$label', async ({ offsetMs, attributed }) => {
      const c = await h.save(aBargainCampaign({}, { invite: { windowDays: 3 } }));
      const token = await share(c.id, 'alice');
      h.clock.set(at(START, 3 * DAY + offsetMs));

      expect(await okVisit({ campaignId: c.id, token }, 'bob')).toEqual({
        campaignId: c.id,
        isNewUser: true,
        invitedBy: attributed ? { name: 'a****', bought: false } : null,
        subject: null,
      });
      expect(await credits(c.id)).toEqual(
        attributed ? [{ sharer_openid: 'alice', invitee_openid: 'bob', stage: 'arrived' }] : [],
      );
    });
  });

  test('a returning user (seen without a token first) is not attributed by a later token', async () => {
    const c = await h.save(aBargainCampaign());
    const token = await share(c.id, 'alice');
    expect(await okVisit({ campaignId: c.id, scene: 1007 }, 'bob')).toEqual(
      unattributed(c.id, true),
    );
    h.clock.advance(60_000);
    expect(await okVisit({ campaignId: c.id, token }, 'bob')).toEqual(unattributed(c.id));
    await expectNobodyCredited(c.id);
  });

  test('a second token after the first does not steal the person', async () => {
    const c = await h.save(aBargainCampaign());
    const first = await share(c.id, 'alice');
    const second = await share(c.id, 'carol');
    await okVisit({ campaignId: c.id, token: first }, 'bob');
    h.clock.advance(60_000);
    expect(await okVisit({ campaignId: c.id, token: second }, 'bob')).toMatchObject({
      isNewUser: false,
      invitedBy: { name: 'a****' },
    });
    expect(await attributions(c.id)).toEqual([{ invitee_openid: 'bob', sharer_openid: 'alice' }]);
    expect(await credits(c.id)).toEqual([
      { sharer_openid: 'alice', invitee_openid: 'bob', stage: 'arrived' },
    ]);
  });

  test('opening your own card counts for nothing: no credit, not new', async () => {
    const c = await h.save(aBargainCampaign());
    const token = await share(c.id, 'alice');
    expect(await okVisit({ campaignId: c.id, token }, 'alice')).toEqual(unattributed(c.id));
    await expectNobodyCredited(c.id);
  });

  test('a loop (A brought B, then B’s card brings A) credits nobody; B’s card still works for others', async () => {
    const c = await h.save(aBargainCampaign());
    await okVisit({ campaignId: c.id, token: await share(c.id, 'alice') }, 'bob');
    const bobs = await share(c.id, 'bob');
    expect(await okVisit({ campaignId: c.id, token: bobs }, 'alice')).toEqual(unattributed(c.id));
    await okVisit({ campaignId: c.id, token: bobs }, 'carol');
    expect(await attributions(c.id)).toEqual([
      { invitee_openid: 'bob', sharer_openid: 'alice' },
      { invitee_openid: 'carol', sharer_openid: 'bob' },
    ]);
    expect((await credits(c.id)).filter((r) => r.invitee_openid === 'alice')).toEqual([]);
  });

  test('the same visit replayed 5 times: one attribution, one arrival credit, 5 visits', async () => {
    const c = await h.save(aBargainCampaign());
    const token = await share(c.id, 'alice');
    const answers = [];
    for (let i = 0; i < 5; i += 1) {
      answers.push(await okVisit({ campaignId: c.id, token, scene: 1007 }, 'bob'));
      h.clock.advance(1_000);
    }
    expect(answers.map((a) => a.isNewUser)).toEqual([true, false, false, false, false]);
    expect(answers.every((a) => a.invitedBy?.name === 'a****')).toBe(true);
    expect(await attributions(c.id)).toHaveLength(1);
    expect(await credits(c.id)).toHaveLength(1);
    expect(await visitRows(c.id, 'bob')).toEqual(
      [true, false, false, false, false].map((isNew) => ({ token, is_new: isNew })),
    );
  });

  test('a token of another campaign brings no credit in either', async () => {
    const here = await h.save(aBargainCampaign());
    const elsewhere = await h.save(aBargainCampaign());
    const foreign = await share(elsewhere.id, 'alice');
    expect(await okVisit({ campaignId: here.id, token: foreign }, 'bob')).toEqual({
      campaignId: here.id,
      isNewUser: true,
      invitedBy: null,
      subject: null,
    });
    expect(await visitRows(here.id, 'bob')).toEqual([{ token: null, is_new: true }]);
    expect([...(await attributions(here.id)), ...(await attributions(elsewhere.id))]).toEqual([]);
    expect([...(await credits(here.id)), ...(await credits(elsewhere.id))]).toEqual([]);
  });

  test('a draft campaign: NOT_FOUND for shoppers, a traceless preview for the merchant', async () => {
    const c = await h.save(aBargainCampaign());
    const token = await share(c.id, 'alice');
    // Set in the store: the lifecycle never moves a live campaign back to draft.
    await h.store.query(`update campaign set status = 'draft' where id = $1`, [c.id]);
    const before = await snapshotDb(h.store);

    expectError(await visit({ campaignId: c.id, token }, 'bob'), 'NOT_FOUND');
    expectError(await visit({ token }, 'bob'), 'NOT_FOUND');
    for (const event of [{ campaignId: c.id }, { token }, { campaignId: c.id, token }]) {
      expect(await visit(event, 'merchant', 'merchant')).toEqual({
        ok: true,
        data: { campaignId: c.id, isNewUser: false, invitedBy: null, subject: null },
      });
    }
    expect(await snapshotDb(h.store)).toEqual(before);
  });

  test('an unknown token: NOT_FOUND alone, no attribution beside a campaignId', async () => {
    const c = await h.save(aBargainCampaign());
    await expectRefusedAndUnchanged(
      h.store,
      () => visit({ token: 'Zz0000000000' }, 'bob'),
      'NOT_FOUND',
    );

    expect(await okVisit({ campaignId: c.id, token: 'Zz0000000000' }, 'bob')).toEqual(
      unattributed(c.id, true),
    );
    expect(await visitRows(c.id, 'bob')).toEqual([{ token: null, is_new: true }]);
  });

  test.each([
    { label: 'a token too short', event: { token: 'abc123' } },
    { label: 'a token too long', event: { token: 'abcdefghijklm' } },
    { label: 'a token with a dash', event: { token: 'abcdef-hijkl' } },
    { label: 'a token that is a number', event: { token: 123456789012 } },
    { label: 'neither campaignId nor token', event: {} },
    { label: 'a scene out of range', event: { token: 'abcdefghijkl', scene: 999 } },
  ])('$label → INVALID_INPUT, nothing changes', async ({ event }) => {
    await expectRefusedAndUnchanged(h.store, () => visit(event, 'bob'), 'INVALID_INPUT');
  });

  test('invitedBy.bought turns true once the sharer’s own order here is reported', async () => {
    const c = await h.save(aBargainCampaign());
    const other = await h.save(aBargainCampaign());
    const token = await share(c.id, 'alice');
    expect((await okVisit({ campaignId: c.id, token }, 'bob')).invitedBy).toEqual({
      name: 'a****',
      bought: false,
    });
    const report = (orderId: string, buyerOpenid: string, campaignId: string) =>
      h.ok(
        'order',
        { action: 'report', orderId, buyerOpenid, amountFen: 990, campaignId },
        'merchant',
        'merchant',
      );
    // Neither the invitee's own order nor the sharer's order in another campaign backs it.
    await report('o-bob', 'bob', c.id);
    await report('o-alice-elsewhere', 'alice', other.id);
    expect((await okVisit({ campaignId: c.id }, 'bob')).invitedBy).toEqual({
      name: 'a****',
      bought: false,
    });
    await report('o-alice', 'alice', c.id);
    expect((await okVisit({ campaignId: c.id }, 'bob')).invitedBy).toEqual({
      name: 'a****',
      bought: true,
    });
  });
});
