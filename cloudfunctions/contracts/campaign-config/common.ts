import * as z from 'zod';
import { circleSettingsSchema } from './circle';
import { couponTemplateConfigSchema } from './coupons';
import { inviteSettingsSchema } from './invite';
import { landingSchema } from './landing';
import { mechanicsSchema } from './mechanics';
import { packetSettingsSchema } from './packet';
import { campaignId, isoDateTime, text, url, type ConfigIssue } from './primitives';

/**
 * Whether one that lapsed unfinished gives its start back. On by default: the page and the
 * rules may then promise 超时未完成可重新发起, and maxStartsPerUser limits only the starts
 * that did not lapse (a completed one still counts, so rewards stay within the limit).
 * Shared by the kinds a person starts and friends help (bargain, assist).
 */
export const restartAfterExpiry = z
  .boolean()
  .default(true)
  .describe(
    'A start that expired unfinished does not count toward maxStartsPerUser, so the person may start again',
  );

/** The fields every campaign kind has. */
export const commonFields = {
  $schema: z.string().max(300).optional().describe('Editors: the JSON Schema of this file'),
  id: campaignId,
  title: text(40).describe('Campaign theme, shown at the top of the landing page'),
  summary: text(120).optional(),
  rules: z
    .array(text(300))
    .max(20)
    .default([])
    .describe('The full rules, steps and what the user gets, shown up front'),
  startsAt: isoDateTime.optional(),
  endsAt: isoDateTime.optional(),
  stock: z.number().int().min(0).optional().describe('Remaining stock shown on the page'),
  share: z
    .object({ title: text(40).optional(), imageUrl: url.optional() })
    .strict()
    .prefault({}),
  landing: landingSchema.prefault({}),
  coupons: z.array(couponTemplateConfigSchema).max(20).default([]),
  invite: inviteSettingsSchema.prefault({}),
  mechanics: mechanicsSchema.prefault({}),
  packet: packetSettingsSchema
    .optional()
    .describe('Lets buyers share a packet of coupons with friends after a reported order'),
  circle: circleSettingsSchema
    .optional()
    .describe('Lets buyers post a recommendation with friend coupons after a reported order'),
};

type CommonCampaign = z.output<z.ZodObject<typeof commonFields>>;

/** The cross-field checks every kind shares: its dates and its templates' ids. */
export function commonIssues(c: CommonCampaign): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  if (c.startsAt && c.endsAt && Date.parse(c.startsAt) >= Date.parse(c.endsAt)) {
    issues.push({ message: 'endsAt must be after startsAt', path: ['endsAt'] });
  }
  if (new Set(c.coupons.map((t) => t.id)).size !== c.coupons.length) {
    issues.push({ message: 'coupon template ids must be unique', path: ['coupons'] });
  }
  return issues;
}

/** The campaign's coupon template `id`, or an issue at `path` when there is none. */
export function templateIn(
  c: { coupons: { id: string }[] },
  id: string,
  path: ConfigIssue['path'],
): ConfigIssue | undefined {
  return c.coupons.some((t) => t.id === id)
    ? undefined
    : { message: `no coupon template "${id}" in coupons`, path };
}
