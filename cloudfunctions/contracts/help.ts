import * as z from 'zod';

/** Shared by bargains and assists: who helped, and what the viewer may do. */
export const isoDateTime = z.iso.datetime({ offset: true });
export const helpStatusSchema = z.enum(['active', 'completed', 'expired']);

export const helperViewSchema = z
  .object({
    name: z.string().describe('Masked for everyone but the person themself'),
    avatarUrl: z.string().nullable(),
    helpedAt: isoDateTime,
  })
  .strict();

export const helpRefusalCodeSchema = z.enum([
  'SELF_HELP',
  'CLOSED',
  'EXPIRED',
  'ALREADY_HELPED',
  'NEW_USERS_ONLY',
  'HELP_LIMIT',
]);

export const viewerSchema = z
  .object({
    isInitiator: z.boolean(),
    hasHelped: z.boolean(),
    canHelp: z.boolean(),
    /** Why the viewer cannot help, so the page can say so before the tap. */
    helpRefusal: helpRefusalCodeSchema.nullable(),
  })
  .strict();

export type HelpStatusView = z.output<typeof helpStatusSchema>;
export type HelperView = z.output<typeof helperViewSchema>;
export type Viewer = z.output<typeof viewerSchema>;
