import * as z from 'zod';
import { fen, isoDateTime, positiveFen, templateId, text } from './primitives';

export const couponValiditySchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('fixed'),
      from: isoDateTime,
      until: isoDateTime,
    })
    .strict()
    .refine((v) => Date.parse(v.from) < Date.parse(v.until), {
      message: 'until must be after from',
      path: ['until'],
    }),
  z
    .object({
      kind: z.literal('days'),
      days: z.number().int().min(1).max(3650).describe('Valid for this many days from issue'),
    })
    .strict(),
]);

export const couponTemplateConfigSchema = z
  .object({
    id: templateId,
    title: text(40),
    valueFen: positiveFen.optional().describe('Amount off, in fen'),
    percentOff: z.number().int().min(1).max(99).optional().describe('Percent off (1–99)'),
    minSpendFen: fen.default(0).describe('Minimum order amount for the coupon to apply'),
    validity: couponValiditySchema,
    budget: z.number().int().min(0).max(10_000_000).describe('How many may ever be issued'),
    perUserLimit: z.number().int().min(1).max(100).default(1),
    claimable: z.boolean().default(false).describe('Whether shoppers may claim it directly'),
    productId: text(64).optional().describe('Binds the coupon to one product'),
  })
  .strict()
  .refine((t) => (t.valueFen === undefined) !== (t.percentOff === undefined), {
    message: 'set exactly one of valueFen and percentOff',
    path: ['valueFen'],
  });

export type CouponValidity = z.output<typeof couponValiditySchema>;
export type CouponTemplateConfig = z.output<typeof couponTemplateConfigSchema>;
