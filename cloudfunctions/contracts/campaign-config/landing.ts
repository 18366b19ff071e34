import * as z from 'zod';
import { text, url } from './primitives';

/** The landing page's sections: hook (offer, first CTA), proof, call to action. */
export const hookSectionSchema = z
  .object({
    type: z.literal('hook'),
    headline: text(60).optional(),
    subheadline: text(120).optional(),
    heroImageUrl: url.optional(),
    ctaText: text(20)
      .optional()
      .describe('Primary call to action; a default fits the campaign kind'),
  })
  .strict();

export const proofSectionSchema = z
  .object({
    type: z.literal('proof'),
    title: text(30).optional(),
    certifications: z
      .array(z.object({ name: text(40), issuer: text(40).optional() }).strict())
      .max(10)
      .default([]),
    experts: z
      .array(
        z
          .object({
            name: text(20),
            title: text(40),
            quote: text(200),
            avatarUrl: url.optional(),
          })
          .strict(),
      )
      .max(10)
      .default([]),
    testimonials: z
      .array(
        z
          .object({
            name: text(20),
            text: text(200),
            avatarUrl: url.optional(),
            orderId: text(64)
              .optional()
              .describe('A reported order that backs the verified-buyer badge'),
          })
          .strict(),
      )
      .max(20)
      .default([]),
    numbers: z
      .array(z.object({ label: text(20), value: text(20) }).strict())
      .max(6)
      .default([]),
  })
  .strict();

export const ctaSectionSchema = z
  .object({
    type: z.literal('cta'),
    ctaText: text(20).optional(),
    follow: z
      .object({
        kind: z.enum(['official-account', 'group']),
        title: text(40),
        qrImageUrl: url.optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export const landingSectionSchema = z.discriminatedUnion('type', [
  hookSectionSchema,
  proofSectionSchema,
  ctaSectionSchema,
]);

export const landingSchema = z
  .object({
    layout: z.enum(['long', 'single']).default('long'),
    sections: z
      .array(landingSectionSchema)
      .min(1)
      .max(12)
      .prefault([{ type: 'hook' }, { type: 'proof' }, { type: 'cta' }]),
  })
  .strict();

export type LandingSection = z.output<typeof landingSectionSchema>;
export type HookSection = z.output<typeof hookSectionSchema>;
export type ProofSection = z.output<typeof proofSectionSchema>;
export type CtaSection = z.output<typeof ctaSectionSchema>;
