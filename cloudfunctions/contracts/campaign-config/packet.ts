import * as z from 'zod';
import { fen, positiveFen, text, type ConfigIssue } from './primitives';

export const packetAmountsSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('list'),
      amountsFen: z
        .array(positiveFen)
        .min(1)
        .max(20)
        .describe('Each coupon’s amount, handed out first come first served in this order'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('even'),
      totalFen: positiveFen,
      count: z.number().int().min(1).max(20),
    })
    .strict()
    .refine((a) => a.totalFen >= a.count, {
      message: 'totalFen must allow at least 1 fen per coupon',
      path: ['totalFen'],
    }),
  z
    .object({
      kind: z.literal('random'),
      totalFen: positiveFen,
      count: z.number().int().min(1).max(20),
      minFen: positiveFen.describe('The smallest amount one coupon may get'),
      disclosed: z
        .boolean()
        .describe('Whether the total, the count and the range are shown before anyone claims'),
    })
    .strict()
    .refine((a) => a.minFen * a.count <= a.totalFen, {
      message: 'minFen × count must not exceed totalFen',
      path: ['minFen'],
    }),
]);

/**
 * Fission coupons (裂变优惠券): after a reported order the buyer may share a packet of coupons
 * for that order; each friend claims at most one, and the buyer earns experience (never cash)
 * when friends use them.
 */
export const packetSettingsSchema = z
  .object({
    title: text(20).describe('The coupons’ title, e.g. “好友专享券”'),
    amounts: packetAmountsSchema,
    minSpendFen: fen.default(0),
    validDays: z.number().int().min(1).max(365).default(7),
    productId: text(64).optional().describe('Binds the coupons to one product'),
    claimsPerDay: z
      .number()
      .int()
      .min(1)
      .max(20)
      .default(3)
      .describe('Coupons one person may claim from this campaign’s packets per day'),
    openHours: z
      .number()
      .int()
      .min(1)
      .max(168)
      .default(24)
      .describe('How long a shared packet can be claimed from'),
  })
  .strict();

/** The coupon template a campaign's packets issue from (kept in step with `packet`). */
export function packetTemplateId(campaignId: string): string {
  return `${campaignId}:packet`;
}

/** The packet's template id is its own: no template in `coupons` may take it. */
export function packetIssues(c: {
  id: string;
  packet?: PacketSettings;
  coupons: { id: string }[];
}): ConfigIssue[] {
  const reserved = packetTemplateId(c.id);
  return c.packet && c.coupons.some((t) => t.id === reserved)
    ? [
        {
          message: `the template id "${reserved}" is reserved for the packet's coupons`,
          path: ['coupons'],
        },
      ]
    : [];
}

export type PacketAmounts = z.output<typeof packetAmountsSchema>;
export type PacketSettings = z.output<typeof packetSettingsSchema>;
