/**
 * Every refusal of an assist start or help is a typed error, and nothing changes: no help row,
 * no counter, no coupon, no reservation, no participant.
 */
import { aBargainCampaign, anAssistCampaign } from '../../../support/builders/campaign-config';
import { aFriendViewer } from '../../../support/builders/helper';
import { testRefusals, useHarness, type Harness, type Refusal } from '../../../support/harness';
import { storeKinds } from '../../../support/stores';

const START = '2026-03-01T10:00:00.000+08:00';
const HOUR = 3_600_000;

const start = (h: Harness, campaignId: string, who: string) =>
  h.ok('assist', { action: 'start', campaignId }, who);
const help = (h: Harness, assistId: string, who: string) =>
  h.call('assist', { action: 'help', assistId }, who);

const SCENARIOS: Refusal[] = [
  {
    label: 'the initiator helping their own assist',
    code: 'SELF_HELP',
    scenario: async (h) => {
      const { assist } = await start(h, (await h.save(anAssistCampaign())).id, 'amy');
      return () => help(h, assist.id, 'amy');
    },
  },
  {
    label: 'a friend helping twice',
    code: 'ALREADY_HELPED',
    scenario: async (h) => {
      const { assist } = await start(h, (await h.save(anAssistCampaign())).id, 'amy');
      await h.ok('assist', { action: 'help', assistId: assist.id }, 'ben');
      return () => help(h, assist.id, 'ben');
    },
  },
  {
    label: 'a help after the goal was reached',
    code: 'CLOSED',
    scenario: async (h) => {
      const c = await h.save(anAssistCampaign({ helpsNeeded: 1 }));
      const { assist } = await start(h, c.id, 'amy');
      await h.ok('assist', { action: 'help', assistId: assist.id }, 'ben');
      return () => help(h, assist.id, 'late');
    },
  },
  {
    label: 'a help at endsAt',
    code: 'EXPIRED',
    scenario: async (h) => {
      const { assist } = await start(h, (await h.save(anAssistCampaign())).id, 'amy');
      h.clock.set(assist.endsAt);
      return () => help(h, assist.id, 'ben');
    },
  },
  {
    label: 'a veteran helping a new-users-only assist',
    code: 'NEW_USERS_ONLY',
    scenario: async (h) => {
      const elsewhere = await h.save(anAssistCampaign());
      await start(h, elsewhere.id, 'veteran');
      const c = await h.save(anAssistCampaign({ newUsersOnly: true }));
      const { assist } = await start(h, c.id, 'amy');
      return () => help(h, assist.id, 'veteran');
    },
  },
  {
    label: 'a helper past the daily limit',
    code: 'HELP_LIMIT',
    scenario: async (h) => {
      const c = await h.save(anAssistCampaign({ helperDailyLimit: 1 }));
      const a = (await start(h, c.id, 'amy')).assist;
      const b = (await start(h, c.id, 'bea')).assist;
      await h.ok('assist', { action: 'help', assistId: a.id }, 'busy');
      return () => help(h, b.id, 'busy');
    },
  },
  {
    label: 'a second start after the first lapsed (maxStartsPerUser 1, restartAfterExpiry false)',
    code: 'START_LIMIT',
    scenario: async (h) => {
      const c = await h.save(anAssistCampaign({ durationHours: 1, restartAfterExpiry: false }));
      await start(h, c.id, 'amy');
      h.clock.advance(HOUR);
      return () => h.call('assist', { action: 'start', campaignId: c.id }, 'amy');
    },
  },
  {
    label: 'a start when the goal budget is all promised',
    code: 'BUDGET_EXHAUSTED',
    scenario: async (h) => {
      const c = await h.save(anAssistCampaign({}, { goalBudget: 1 }));
      await start(h, c.id, 'amy');
      return () => h.call('assist', { action: 'start', campaignId: c.id }, 'bea');
    },
  },
  {
    label: 'a start in a draft campaign (as an unknown id)',
    code: 'NOT_FOUND',
    scenario: async (h) => {
      const c = await h.save(anAssistCampaign(), 'draft');
      return () => h.call('assist', { action: 'start', campaignId: c.id }, 'amy');
    },
  },
  {
    label: 'a start at the campaign’s endsAt',
    code: 'NOT_LIVE',
    scenario: async (h) => {
      const endsAt = '2026-03-02T00:00:00.000+08:00';
      const c = await h.save({ ...anAssistCampaign(), endsAt });
      h.clock.set(endsAt);
      return () => h.call('assist', { action: 'start', campaignId: c.id }, 'amy');
    },
  },
  {
    label: 'a help on an unknown assist',
    code: 'NOT_FOUND',
    scenario: async (h) => () => help(h, 'ast_0000000000000000', 'ben'),
  },
  {
    label: 'a get of an unknown assist',
    code: 'NOT_FOUND',
    scenario: async (h) => () =>
      h.call('assist', { action: 'get', assistId: 'ast_0000000000000000' }, 'ben'),
  },
  {
    label: 'a start in an unknown campaign',
    code: 'NOT_FOUND',
    scenario: async (h) => () =>
      h.call('assist', { action: 'start', campaignId: 'no-such-campaign' }, 'amy'),
  },
  {
    label: 'an assist start in a bargain campaign',
    code: 'NOT_FOUND',
    scenario: async (h) => {
      const c = await h.save(aBargainCampaign());
      return () => h.call('assist', { action: 'start', campaignId: c.id }, 'amy');
    },
  },
  {
    label: 'a help with a malformed id',
    code: 'INVALID_INPUT',
    scenario: async (h) => () => help(h, "ast_x' or 1=1 --", 'ben'),
  },
];

describe.each(storeKinds())('assist refusals on %s', (kind) => {
  const h = useHarness(kind, { start: START, resetClock: true });

  testRefusals(h, SCENARIOS);

  test('the viewer is told the refusal before tapping', async () => {
    const c = await h.save(anAssistCampaign({ helpsNeeded: 2 }));
    const { assist } = await start(h, c.id, 'amy');
    await h.ok('assist', { action: 'help', assistId: assist.id }, 'ben');
    const view = async (who: string) =>
      (await h.ok('assist', { action: 'get', assistId: assist.id }, who)).assist.viewer;
    expect(await view('amy')).toMatchObject({ canHelp: false, helpRefusal: 'SELF_HELP' });
    expect(await view('ben')).toMatchObject({ hasHelped: true, helpRefusal: 'ALREADY_HELPED' });
    expect(await view('cid')).toEqual(aFriendViewer());
    h.clock.set(assist.endsAt);
    expect(await view('cid')).toMatchObject({ canHelp: false, helpRefusal: 'EXPIRED' });
  });
});
