/**
 * campaign.get, the landing page's one call: a draft exists only for a merchant asking for a
 * preview; `participants` counts people who started or helped, never mere viewers.
 */
import type { CampaignStatus } from '../../../../cloudfunctions/contracts/campaign';
import {
  aBargainCampaign,
  aCouponCampaign,
  aGroupCampaign,
  anAssistCampaign,
} from '../../../support/builders/campaign-config';
import { snapshotDb } from '../../../support/db-snapshot';
import { expectError, useHarness } from '../../../support/harness';
import { storeKinds } from '../../../support/stores';

const START = '2026-03-01T10:00:00.000+08:00';

const VISIBILITY: {
  label: string;
  status: CampaignStatus;
  role: 'shopper' | 'merchant';
  preview?: boolean;
  visible: boolean;
}[] = [
  { label: 'a draft to a shopper', status: 'draft', role: 'shopper', visible: false },
  {
    label: 'a draft to a shopper asking for a preview',
    status: 'draft',
    role: 'shopper',
    preview: true,
    visible: false,
  },
  {
    label: 'a draft to a merchant without preview',
    status: 'draft',
    role: 'merchant',
    visible: false,
  },
  {
    label: 'a draft to a merchant with preview: false',
    status: 'draft',
    role: 'merchant',
    preview: false,
    visible: false,
  },
  {
    label: 'a draft to a merchant with preview: true',
    status: 'draft',
    role: 'merchant',
    preview: true,
    visible: true,
  },
  { label: 'a live campaign to a shopper', status: 'live', role: 'shopper', visible: true },
  {
    label: 'a live campaign to a merchant previewing',
    status: 'live',
    role: 'merchant',
    preview: true,
    visible: true,
  },
  { label: 'an ended campaign to a shopper', status: 'ended', role: 'shopper', visible: true },
];

describe.each(storeKinds())('campaign.get on %s', (kind) => {
  const h = useHarness(kind, { start: START });

  const get = (
    campaignId: string,
    who: string,
    role: 'shopper' | 'merchant' = 'shopper',
    preview?: boolean,
  ) =>
    h.call<{ campaign: Record<string, any> }>(
      'campaign',
      { action: 'get', campaignId, ...(preview === undefined ? {} : { preview }) },
      who,
      role,
    );
  const participants = async (campaignId: string) => {
    const result = await get(campaignId, 'counter');
    if (!result.ok) throw new Error(result.error.code);
    return result.data.campaign.participants;
  };

  test.each(VISIBILITY)('$label: visible=$visible', async ({ status, role, preview, visible }) => {
    const c = await h.save(aCouponCampaign(), status);
    const who = role === 'merchant' ? 'merchant' : 'shopper-1';
    const before = await snapshotDb(h.store);
    const result = await get(c.id, who, role, preview);
    if (visible) {
      expect(result).toMatchObject({
        ok: true,
        data: {
          campaign: {
            id: c.id,
            status,
            config: c,
            participants: 0,
            serverNow: h.clock.now().toISOString(),
          },
        },
      });
    } else {
      expectError(result, 'NOT_FOUND');
    }
    // A read: nothing changes, whether it is shown or not.
    expect(await snapshotDb(h.store)).toEqual(before);
  });

  test('a draft answers exactly like a campaign that does not exist', async () => {
    const c = await h.save(aCouponCampaign(), 'draft');
    const draft = await get(c.id, 'shopper-2');
    const missing = await get('no-such-campaign', 'shopper-2');
    expectError(draft, 'NOT_FOUND');
    expectError(missing, 'NOT_FOUND');
    expect(!draft.ok && draft.error.message.replace(c.id, 'X')).toBe(
      !missing.ok && missing.error.message.replace('no-such-campaign', 'X'),
    );
  });

  const remaining = async (campaignId: string) => {
    const result = await get(campaignId, 'counter');
    if (!result.ok) throw new Error(result.error.code);
    return result.data.campaign.remaining;
  };

  test('仅剩 N 张 is the claim budget left, and moves with every claim', async () => {
    const c = await h.save(aCouponCampaign({ budget: 3 }, { stock: 100 }));
    if (c.kind !== 'coupon') throw new Error('a coupon campaign');
    expect(await remaining(c.id)).toEqual({ count: 3, unit: '张' });
    await h.ok('coupon', { action: 'claim', templateId: c.claimTemplateId }, 'left-1');
    expect(await remaining(c.id)).toEqual({ count: 2, unit: '张' });
    await h.ok('coupon', { action: 'claim', templateId: c.claimTemplateId }, 'left-2');
    await h.ok('coupon', { action: 'claim', templateId: c.claimTemplateId }, 'left-3');
    expect(await remaining(c.id)).toEqual({ count: 0, unit: '张' });
  });

  test('a product’s stock left is the stock less the orders reported; no stock, nothing said', async () => {
    const c = await h.save(aBargainCampaign({}, { stock: 5 }));
    expect(await remaining(c.id)).toEqual({ count: 5, unit: '件' });
    await h.ok(
      'order',
      {
        action: 'report',
        orderId: `left-${process.pid}-1`,
        buyerOpenid: 'buyer',
        amountFen: 100,
        campaignId: c.id,
      },
      'merchant',
      'merchant',
    );
    expect(await remaining(c.id)).toEqual({ count: 4, unit: '件' });
    const plain = await h.save(aBargainCampaign());
    expect(await remaining(plain.id)).toBeNull();
  });

  test('participants counts people who started or helped, each once, never viewers', async () => {
    const c = await h.save(aBargainCampaign());
    for (const viewer of ['v1', 'v2', 'v3']) await get(c.id, viewer);
    expect(await participants(c.id)).toBe(0);

    const { bargain } = await h.ok('bargain', { action: 'start', campaignId: c.id }, 'amy');
    expect(await participants(c.id)).toBe(1);
    await h.ok('bargain', { action: 'help', bargainId: bargain.id }, 'ben');
    expect(await participants(c.id)).toBe(2);
    // Ben starting his own, and viewing again, still makes him one person.
    await h.ok('bargain', { action: 'start', campaignId: c.id }, 'ben');
    await get(c.id, 'ben');
    expect(await participants(c.id)).toBe(2);
    // A refused help is no participation.
    expectError(
      await h.call('bargain', { action: 'help', bargainId: bargain.id }, 'amy'),
      'SELF_HELP',
    );
    expectError(
      await h.call('bargain', { action: 'help', bargainId: bargain.id }, 'ben'),
      'ALREADY_HELPED',
    );
    expect(await participants(c.id)).toBe(2);
  });

  test('participants are counted per campaign, and helps in an assist count too', async () => {
    const a = await h.save(anAssistCampaign());
    const b = await h.save(anAssistCampaign());
    const { assist } = await h.ok('assist', { action: 'start', campaignId: a.id }, 'cat');
    await h.ok('assist', { action: 'help', assistId: assist.id }, 'dan');
    await h.ok('assist', { action: 'help', assistId: assist.id }, 'eve');
    expect(await participants(a.id)).toBe(3);
    expect(await participants(b.id)).toBe(0);
  });

  test('mine: the caller’s own active bargain, assist or open group, and only the caller’s', async () => {
    const mine = async (campaignId: string, who: string) => {
      const result = await get(campaignId, who);
      if (!result.ok) throw new Error(result.error.code);
      return result.data.campaign.mine;
    };
    const b = await h.save(aBargainCampaign());
    expect(await mine(b.id, 'amy')).toBeNull();
    const { bargain } = await h.ok('bargain', { action: 'start', campaignId: b.id }, 'amy');
    expect(await mine(b.id, 'amy')).toEqual({ kind: 'bargain', id: bargain.id });
    // A friend who helped has none of their own; the page still offers them a start.
    await h.ok('bargain', { action: 'help', bargainId: bargain.id }, 'ben');
    expect(await mine(b.id, 'ben')).toBeNull();

    const a = await h.save(anAssistCampaign());
    const { assist } = await h.ok('assist', { action: 'start', campaignId: a.id }, 'cat');
    expect(await mine(a.id, 'cat')).toEqual({ kind: 'assist', id: assist.id });
    expect(await mine(b.id, 'cat')).toBeNull();

    const g = await h.save(aGroupCampaign());
    const { group } = await h.ok('group', { action: 'open', campaignId: g.id }, 'dan');
    expect(await mine(g.id, 'dan')).toEqual({ kind: 'group', id: group.id });
    // A seat held past its payment window is no seat, though the group is still open.
    h.clock.advance(20 * 60_000);
    expect(await mine(g.id, 'dan')).toBeNull();
    expect(await mine(b.id, 'amy')).toEqual({ kind: 'bargain', id: bargain.id });

    // Once its time is up it is no longer going: the page offers a new start again.
    h.clock.advance(31 * 24 * 3_600_000);
    try {
      expect(await mine(b.id, 'amy')).toBeNull();
      expect(await mine(a.id, 'cat')).toBeNull();
      expect(await mine(g.id, 'dan')).toBeNull();
    } finally {
      h.clock.set(START);
    }
  });

  test('a merchant’s preview of a draft shows its participants as zero and records nothing', async () => {
    const c = await h.save(aBargainCampaign(), 'draft');
    const before = await snapshotDb(h.store);
    const preview = await get(c.id, 'merchant', 'merchant', true);
    expect(preview).toMatchObject({
      ok: true,
      data: { campaign: { status: 'draft', participants: 0 } },
    });
    expect(await snapshotDb(h.store)).toEqual(before);
    // Nobody can start a bargain in it meanwhile: to a shopper it does not exist.
    expectError(await h.call('bargain', { action: 'start', campaignId: c.id }, 'amy'), 'NOT_FOUND');
  });
});
