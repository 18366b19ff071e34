import * as z from 'zod';
import { commonFields } from './common';
import { isoDateTime, positiveFen, text, type ConfigIssue } from './primitives';
import { productSchema } from './product';

/**
 * F码 (limited invite codes): what a code grants — one purchase of the product at a special
 * price, or the right to buy before open sale — within a validity window.
 */
export const fcodeGrantSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('price'),
      priceFen: positiveFen.describe('What a code holder pays for the product, in fen'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('early-access'),
      openSaleAt: isoDateTime.describe('When everyone may buy; before it only with a code'),
    })
    .strict(),
]);

export const fcodeBatchSchema = z
  .object({
    size: z
      .number()
      .int()
      .min(1)
      .max(100_000)
      .describe('Codes in this batch: fixed when the batch is released, never raised'),
    title: text(20).optional().describe('How the release is announced, e.g. “第二批”'),
    to: z
      .enum(['holders', 'waitlist'])
      .default('waitlist')
      .describe(
        'holders: seed holders and buyers passing codes on draw from it; waitlist: it goes to the waitlist in order at release',
      ),
    releaseAt: isoDateTime
      .optional()
      .describe('When the batch is released (default: as soon as the campaign is live)'),
  })
  .strict();

export const fcodeSettingsSchema = z
  .object({
    grant: fcodeGrantSchema,
    validFrom: isoDateTime.optional().describe('Codes may be used from this instant'),
    validUntil: isoDateTime.describe('Codes may be used until this instant'),
    batches: z
      .array(fcodeBatchSchema)
      .min(1)
      .max(20)
      .describe('Releases in order; a new batch is a new release, shown as such'),
    codesPerSeed: z
      .number()
      .int()
      .min(1)
      .max(20)
      .describe('Codes each seed holder receives from the first batch'),
    passOn: z
      .object({
        codes: z.number().int().min(1).max(10).describe('Codes a buyer receives to pass on'),
        maxGenerations: z
          .number()
          .int()
          .min(1)
          .max(10)
          .describe('Buyers this many hand-offs from a seed (at most) receive codes'),
      })
      .strict()
      .optional()
      .describe('Whether a person who buys with a code receives codes to pass on'),
    holdDays: z
      .number()
      .int()
      .min(1)
      .max(90)
      .default(7)
      .describe('A code not handed on within this many days goes to the waitlist'),
    reserveHours: z
      .number()
      .int()
      .min(1)
      .max(168)
      .default(24)
      .describe('How long a code stays reserved for a friend before it returns to its giver'),
  })
  .strict()
  .refine((f) => !f.validFrom || Date.parse(f.validFrom) < Date.parse(f.validUntil), {
    message: 'validUntil must be after validFrom',
    path: ['validUntil'],
  })
  .refine(
    (f) =>
      f.batches.every(
        (b, i) =>
          i === 0 ||
          !b.releaseAt ||
          !f.batches[i - 1]?.releaseAt ||
          Date.parse(f.batches[i - 1]!.releaseAt!) <= Date.parse(b.releaseAt),
      ),
    { message: 'batches are released in order', path: ['batches'] },
  );

export const fcodeCampaignSchema = z
  .object({
    ...commonFields,
    kind: z.literal('fcode'),
    product: productSchema,
    fcode: fcodeSettingsSchema,
  })
  .strict();

export type FcodeGrant = z.output<typeof fcodeGrantSchema>;
export type FcodeSettings = z.output<typeof fcodeSettingsSchema>;
export type FcodeCampaign = z.output<typeof fcodeCampaignSchema>;

export function fcodeIssues(c: FcodeCampaign): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  if (c.fcode.grant.kind === 'price' && c.fcode.grant.priceFen >= c.product.priceFen) {
    issues.push({
      message: 'fcode.grant.priceFen must be below product.priceFen',
      path: ['fcode', 'grant', 'priceFen'],
    });
  }
  const first = c.fcode.batches[0];
  if (first && c.fcode.codesPerSeed > first.size) {
    issues.push({
      message: 'codesPerSeed must not exceed the first batch',
      path: ['fcode', 'codesPerSeed'],
    });
  }
  return issues;
}
