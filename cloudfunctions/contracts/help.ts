import * as z from 'zod';
import { isoDateTime } from './campaign-config';

/** Shared by bargains and assists: who helped, and what the viewer may do. */
export const helpStatusSchema = z.enum(['active', 'completed', 'expired']);

export const helperViewSchema = z
  .object({
    name: z.string().describe('Masked for everyone but the person themself'),
    avatarUrl: z.string().nullable(),
    helpedAt: isoDateTime,
  })
  .strict();

/**
 * Why a helper may not help, in the order the rules check them (domain/help/help-refusal): the
 * first that applies is the one given.
 */
export const helpRefusalCodeSchema = z.enum([
  'SELF_HELP',
  'CLOSED',
  'EXPIRED',
  'ALREADY_HELPED',
  'NEW_USERS_ONLY',
  'HELP_LIMIT',
]);

/** A help's refusals: the target is not there, or one of the rules says no. */
export const HELP_REFUSALS = ['NOT_FOUND', ...helpRefusalCodeSchema.options] as const;
/** A start's refusals, beyond what a kind adds (an assist's reward budget). */
export const START_REFUSALS = ['NOT_FOUND', 'NOT_LIVE', 'CAMPAIGN_PAUSED', 'START_LIMIT'] as const;

/** Why the initiator of a lapsed bargain or assist may not start again now. */
export const restartRefusalCodeSchema = z.enum(['START_LIMIT', 'CAMPAIGN_PAUSED', 'NOT_LIVE']);

export const viewerSchema = z
  .object({
    isInitiator: z.boolean(),
    hasHelped: z.boolean(),
    canHelp: z.boolean(),
    /** Why the viewer cannot help, so the page can say so before the tap. */
    helpRefusal: helpRefusalCodeSchema.nullable(),
    /**
     * The initiator of one that lapsed may start again now: the page offers 重新发起 only
     * then, and says why not otherwise. False for everyone else and for what has not lapsed.
     */
    canRestart: z.boolean(),
    restartRefusal: restartRefusalCodeSchema.nullable(),
  })
  .strict();

/** A bargain's or assist's status: the one closed list the rows, the rules and the views share. */
export type HelpStatus = z.output<typeof helpStatusSchema>;
export type HelpStatusView = HelpStatus;
export type HelperView = z.output<typeof helperViewSchema>;
export type Viewer = z.output<typeof viewerSchema>;
export type RestartRefusalCode = z.output<typeof restartRefusalCodeSchema>;
export type HelpRefusalCode = z.output<typeof helpRefusalCodeSchema>;
