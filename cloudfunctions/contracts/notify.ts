import * as z from 'zod';
import { defineContract } from './contract';
import { assistId } from './assist';
import { bargainId } from './bargain';
import { campaignId, isoDateTime } from './campaign-config';
import { EVENT_TYPES } from './events';
import { groupId } from './group';

/** What a one-time subscription is for: the page's own bargain, assist, group or F码 campaign. */
export const subscriptionTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('bargain'), id: bargainId }).strict(),
  z.object({ kind: z.literal('assist'), id: assistId }).strict(),
  z.object({ kind: z.literal('group'), id: groupId }).strict(),
  z.object({ kind: z.literal('fcode'), id: campaignId }).strict(),
]);

const endpointId = z.string().regex(/^whk_[0-9A-Za-z]{16}$/, 'an endpoint id (whk_…)');
const eventType = z.enum(EVENT_TYPES as [string, ...string[]]);

export const deliveryViewSchema = z
  .object({
    id: z.number().int(),
    eventId: z.string(),
    eventType: z.string(),
    channel: z.enum(['subscribe', 'webhook']),
    status: z.enum(['pending', 'sent', 'failed', 'skipped']),
    attempts: z.number().int(),
    lastStatus: z.number().int().nullable(),
    lastError: z.string().nullable(),
    /** When it is tried next; null once it ended. */
    nextAttemptAt: isoDateTime.nullable(),
    createdAt: isoDateTime,
    finishedAt: isoDateTime.nullable(),
    replays: z.number().int(),
  })
  .strict();

export const endpointViewSchema = z
  .object({
    id: endpointId,
    url: z.string(),
    eventTypes: z.array(z.string()),
    createdAt: isoDateTime,
    counts: z
      .object({
        pending: z.number().int(),
        sent: z.number().int(),
        failed: z.number().int(),
      })
      .strict(),
    deliveries: z.array(deliveryViewSchema),
  })
  .strict();

export const notifyContract = defineContract('notify', {
  /** The client obtained one grant from requestSubscribeMessage (on a tap) for this target. */
  subscribe: {
    input: z
      .object({
        templateId: z.string().min(1).max(128),
        target: subscriptionTargetSchema,
      })
      .strict(),
    output: z
      .object({
        /** Grants this person holds for the target that no message has used yet. */
        unspent: z.number().int().min(0),
      })
      .strict(),
    refusals: ['NOT_FOUND'],
  },
  /** Merchant: add a webhook endpoint; the secret is generated unless given, and shown once. */
  addEndpoint: {
    input: z
      .object({
        url: z
          .string()
          .url()
          .max(500)
          .refine((u) => /^https?:\/\//.test(u), 'an http(s) URL'),
        eventTypes: z.array(eventType).max(EVENT_TYPES.length).default([]),
        secret: z
          .string()
          .regex(/^whsec_[A-Za-z0-9+/=]{24,88}$/, 'a whsec_… secret (base64)')
          .optional(),
      })
      .strict(),
    output: z.object({ endpoint: endpointViewSchema, secret: z.string() }).strict(),
    refusals: [],
    role: 'merchant',
  },
  removeEndpoint: {
    input: z.object({ endpointId }).strict(),
    output: z.object({ removed: z.boolean() }).strict(),
    refusals: ['NOT_FOUND'],
    role: 'merchant',
  },
  /** Merchant: endpoints with their delivery history, newest first. */
  endpoints: {
    input: z.object({ limit: z.number().int().min(1).max(200).default(20) }).strict(),
    output: z.object({ endpoints: z.array(endpointViewSchema) }).strict(),
    refusals: [],
    role: 'merchant',
  },
  /** Merchant: send one delivery again (same event id, so a receiver applies it once). */
  replay: {
    input: z.object({ deliveryId: z.number().int().min(1) }).strict(),
    output: z.object({ delivery: deliveryViewSchema }).strict(),
    refusals: ['NOT_FOUND'],
    role: 'merchant',
  },
});

export type SubscriptionTargetInput = z.output<typeof subscriptionTargetSchema>;
export type EndpointView = z.output<typeof endpointViewSchema>;
export type DeliveryView = z.output<typeof deliveryViewSchema>;
