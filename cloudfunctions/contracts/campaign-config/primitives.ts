import * as z from 'zod';

/** The building blocks every config and contract shares: money, text, ids and instants. */

/** Money is always integer fen. */
export const fen = z.number().int().min(0).max(100_000_000);
export const positiveFen = fen.min(1);
/** An instant with its offset, e.g. 2026-12-04T20:00:00+08:00. */
export const isoDateTime = z.iso.datetime({ offset: true });
export const text = (max: number) => z.string().trim().min(1).max(max);
export const url = z.string().trim().min(1).max(1024);

export const campaignId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,47}$/, 'lowercase letters, digits and dashes, 2–48 characters')
  .describe('Stable campaign id, used in share paths and APIs');

export const templateId = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9:-]{1,63}$/,
    'lowercase letters, digits, dashes and colons, 2–64 characters',
  )
  .describe('Stable coupon template id');

/** A cross-field problem in a config, reported at its field's path. */
export interface ConfigIssue {
  message: string;
  path: (string | number)[];
}
