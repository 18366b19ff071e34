import * as z from 'zod';
import { templateId, type ConfigIssue } from './primitives';

/**
 * 购物圈 (shopping circle): after a reported order the buyer may post a recommendation in their
 * own words; each post carries one pool of friend coupons from `templateId`, reserved from that
 * template's budget when the post is made, so the posts together never promise more than it has.
 */
export const circleSettingsSchema = z
  .object({
    templateId: templateId.describe(
      'The coupon template friends claim from (its budget caps every pool)',
    ),
    poolSize: z
      .number()
      .int()
      .min(1)
      .max(50)
      .default(5)
      .describe('Friend coupons per post (fewer when the template has less budget left)'),
  })
  .strict();

/** The pool's template is one of the campaign's, and reachable only through the posts. */
export function circleIssues(c: {
  circle?: CircleSettings;
  coupons: { id: string; claimable: boolean }[];
}): ConfigIssue[] {
  if (!c.circle) return [];
  const path = ['circle', 'templateId'];
  const t = c.coupons.find((x) => x.id === c.circle!.templateId);
  if (!t) return [{ message: `no coupon template "${c.circle.templateId}" in coupons`, path }];
  // Claimable directly, the friend coupons would bypass the posts and their pools.
  if (t.claimable) return [{ message: 'the circle template must not be claimable directly', path }];
  return [];
}

export type CircleSettings = z.output<typeof circleSettingsSchema>;
