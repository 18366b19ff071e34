import type { PacketAmounts } from '../../../../cloudfunctions/contracts/campaign-config';
import { campaignTemplates } from '../../../../cloudfunctions/domain/campaign/campaign-templates';
import {
  aBargainCampaign,
  aCouponCampaign,
  aGroupCampaign,
  aPacket,
  aRandomSplit,
} from '../../../support/builders/campaign-config';

describe('campaignTemplates: the packet template', () => {
  test('a campaign with packets gets `<id>:packet`, after its declared templates', () => {
    const c = aCouponCampaign(
      {},
      {
        packet: aPacket({ minSpendFen: 3000, validDays: 10, productId: 'p1', title: '好友专享券' }),
      },
    );
    const templates = campaignTemplates(c);
    expect(templates.map((t) => t.id)).toEqual([c.id, `${c.id}:packet`]);
    expect(templates[1]).toEqual({
      id: `${c.id}:packet`,
      campaignId: c.id,
      title: '好友专享券',
      valueFen: 1000,
      minSpendFen: 3000,
      validity: { kind: 'days', days: 10 },
      budget: null,
      perUserLimit: 100_000,
      claimable: false,
      productId: 'p1',
    });
  });

  test('a campaign without packets gets none', () => {
    const c = aGroupCampaign();
    expect(campaignTemplates(c).map((t) => t.id)).toEqual([]);
  });

  test('a bargain with packets gets its reward and the packet template', () => {
    const c = aBargainCampaign({}, { packet: aPacket() });
    expect(campaignTemplates(c).map((t) => t.id)).toEqual([`${c.id}:reward`, `${c.id}:packet`]);
  });

  test('the packet template takes the defaults: any product, no minimum spend, 7 days', () => {
    const [template] = campaignTemplates(aGroupCampaign({}, { packet: aPacket() }));
    expect(template).toMatchObject({
      minSpendFen: 0,
      validity: { kind: 'days', days: 7 },
      productId: undefined,
    });
  });

  test.each([
    {
      label: 'a list: its largest coupon',
      amounts: { kind: 'list', amountsFen: [300, 1200, 500] } as PacketAmounts,
      valueFen: 1200,
    },
    {
      label: 'an even split with odd fen: the larger share',
      amounts: { kind: 'even', totalFen: 1001, count: 4 } as PacketAmounts,
      valueFen: 251,
    },
    {
      label: 'an even split: the share',
      amounts: { kind: 'even', totalFen: 1000, count: 4 } as PacketAmounts,
      valueFen: 250,
    },
    {
      label: 'a random split: the largest a coupon may get',
      amounts: aRandomSplit(true),
      valueFen: 4600,
    },
    {
      label:
        'an undisclosed random split: still the largest (the template is never shown as a range)',
      amounts: aRandomSplit(false),
      valueFen: 4600,
    },
  ])('the template stands for the largest coupon — $label', ({ amounts, valueFen }) => {
    const c = aGroupCampaign({}, { packet: aPacket({ amounts }) });
    const packet = campaignTemplates(c).find((t) => t.id === `${c.id}:packet`);
    expect(packet?.valueFen).toBe(valueFen);
    expect(packet?.percentOff).toBeUndefined();
  });
});
