/**
 * The campaign config's rules for F码: what a code grants, batches fixed in size and released
 * in order, codes per seed the first batch can give. A config that breaks one is refused with
 * the path of the offending value.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  campaignConfigSchema,
  type CampaignConfigInput,
} from '../../../../cloudfunctions/contracts/campaign-config';

function fcode(
  settings: Record<string, unknown> = {},
  rest: Record<string, unknown> = {},
): CampaignConfigInput {
  return {
    id: 'cup-fcode',
    kind: 'fcode',
    title: '限量F码',
    rules: ['第一批 30 个F码'],
    product: { id: 'cup', name: '钛杯', priceFen: 39900 },
    fcode: {
      grant: { kind: 'price', priceFen: 19900 },
      validUntil: '2030-12-31T23:59:59+08:00',
      batches: [{ size: 30, to: 'holders' }],
      codesPerSeed: 3,
      ...settings,
    },
    ...rest,
  } as CampaignConfigInput;
}

function issuesOf(input: CampaignConfigInput): string[] {
  const parsed = campaignConfigSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
}

describe('F码 settings', () => {
  test('a valid config takes the defaults', () => {
    const parsed = campaignConfigSchema.parse(fcode({ batches: [{ size: 30 }] }));
    expect(parsed.kind === 'fcode' && parsed.fcode).toMatchObject({
      holdDays: 7,
      reserveHours: 24,
      batches: [{ size: 30, to: 'waitlist' }],
    });
  });

  test.each([
    {
      label: 'early access instead of a price',
      f: { grant: { kind: 'early-access', openSaleAt: '2030-01-01T00:00:00+08:00' } },
      issues: [],
    },
    {
      label: 'a code price equal to the list price',
      f: { grant: { kind: 'price', priceFen: 39900 } },
      issues: ['fcode.grant.priceFen'],
    },
    { label: 'an unknown grant', f: { grant: { kind: 'free' } }, issues: ['fcode.grant.kind'] },
    { label: 'no batches', f: { batches: [] }, issues: ['fcode.batches'] },
    {
      label: 'a batch of 0',
      f: { batches: [{ size: 0 }] },
      issues: ['fcode.batches.0.size', 'fcode.codesPerSeed'],
    },
    {
      label: 'more codes per seed than the first batch',
      f: { batches: [{ size: 10 }], codesPerSeed: 11 },
      issues: ['fcode.codesPerSeed'],
    },
    {
      label: 'batches released out of order',
      f: {
        batches: [
          { size: 30, releaseAt: '2030-02-01T00:00:00+08:00' },
          { size: 30, releaseAt: '2030-01-01T00:00:00+08:00' },
        ],
      },
      issues: ['fcode.batches'],
    },
    {
      label: 'validity ending before it starts',
      f: { validFrom: '2031-01-01T00:00:00+08:00' },
      issues: ['fcode.validUntil'],
    },
    { label: 'a reservation of 0 hours', f: { reserveHours: 0 }, issues: ['fcode.reserveHours'] },
    {
      label: 'pass-on of 0 codes',
      f: { passOn: { codes: 0, maxGenerations: 2 } },
      issues: ['fcode.passOn.codes'],
    },
    { label: 'an unknown key', f: { unlimited: true }, issues: ['fcode'] },
  ])('$label → $issues', ({ f, issues }) => {
    expect(issuesOf(fcode(f))).toEqual(issues);
  });

  test('an F码 campaign needs a product', () => {
    expect(issuesOf(fcode({}, { product: undefined }))).toEqual(['product']);
  });

  test('the demo is valid', () => {
    const demo = JSON.parse(
      fs.readFileSync(
        path.resolve(__dirname, '../../../../cloudfunctions/demo/demo-fcode.json'),
        'utf8',
      ),
    );
    expect(issuesOf(demo)).toEqual([]);
  });
});
