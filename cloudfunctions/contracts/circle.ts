import * as z from 'zod';
import { defineContract } from './contract';
import { campaignId, isoDateTime } from './campaign-config';
import { couponViewSchema, orderId } from './coupon';

export const WORDS_MIN_CHARS = 10;
export const WORDS_MAX_CHARS = 500;

/** Length as a reader counts it: characters (code points), so an emoji is one, not two. */
export function charCount(text: string): number {
  return Array.from(text).length;
}

/**
 * How the viewer knows a poster in Fission, strongest first: when two apply, the first one is
 * said (domain/circle/connection.ts words each one).
 */
export const CONNECTION_KINDS = [
  'brought_me',
  'i_brought',
  'helped_me',
  'i_helped',
  'assisted_me',
  'i_assisted',
  'group_mate',
] as const;

export const postId = z.string().regex(/^pst_[0-9A-Za-z]{16}$/, 'a circle post id (pst_…)');

/** Where the next page starts: opaque to the client, handed back as it came. */
export const circleCursor = z
  .string()
  .regex(/^[0-2]\.\d{1,15}\.pst_[0-9A-Za-z]{16}$/, 'a cursor from the previous page');

export const postWords = z
  .string()
  .trim()
  .refine((w) => charCount(w) >= WORDS_MIN_CHARS, {
    message: `at least ${WORDS_MIN_CHARS} characters of your own words`,
  })
  .refine((w) => charCount(w) <= WORDS_MAX_CHARS, {
    message: `at most ${WORDS_MAX_CHARS} characters`,
  })
  .describe('The buyer’s own words about what they bought');

const photoUrl = z
  .string()
  .trim()
  .max(1024)
  .regex(/^https:\/\/\S+$/, 'an https URL')
  .describe('A photo the buyer uploaded (https)');

export const postStatusSchema = z.enum(['shown', 'deleted', 'hidden']);
export const circleClaimRefusalSchema = z.enum(['NOT_FOUND', 'SELF_CLAIM', 'POOL_EMPTY']);
export const connectionKindSchema = z.enum(CONNECTION_KINDS);

export const circlePostViewSchema = z
  .object({
    id: postId,
    campaignId,
    productId: z.string().nullable(),
    productName: z.string(),
    /** Masked for everyone but the poster (「我」). */
    posterName: z.string(),
    words: z.string(),
    rating: z.number().int().min(1).max(5).nullable(),
    photoUrl: z.string().nullable(),
    /** 「已购」: when the order was reported. */
    orderedAt: isoDateTime,
    createdAt: isoDateTime,
    status: postStatusSchema,
    /** The merchant's reason, shown only to the poster. */
    hiddenReason: z.string().nullable(),
    featured: z.boolean(),
    /** How the viewer knows the poster, in words (「你帮 TA 砍过价」); null for strangers. */
    connection: z.object({ kind: connectionKindSchema, words: z.string() }).strict().nullable(),
    /** The friend coupon pool: 「好友专享 满 50 减 10，还剩 4 张」. */
    coupon: z
      .object({
        title: z.string(),
        valueFen: z.number().int().positive().nullable(),
        percentOff: z.number().int().min(1).max(99).nullable(),
        minSpendFen: z.number().int().min(0),
        pool: z.number().int().min(0),
        left: z.number().int().min(0),
      })
      .strict(),
    viewer: z
      .object({
        isPoster: z.boolean(),
        /** The coupon the viewer claimed from this post. */
        coupon: couponViewSchema.nullable(),
        canClaim: z.boolean(),
        claimRefusal: circleClaimRefusalSchema.nullable(),
      })
      .strict(),
    /** Only the poster sees how their friends' coupons went. */
    posterStats: z
      .object({
        claimed: z.number().int().min(0),
        used: z.number().int().min(0),
        /** Experience from friends' purchases, counted or waiting out the refund window. */
        xp: z.number().int().min(0),
      })
      .strict()
      .nullable(),
  })
  .strict();

const page = z
  .object({ posts: z.array(circlePostViewSchema), nextCursor: circleCursor.nullable() })
  .strict();

export const circleContract = defineContract('circle', {
  /** The buyer posts about their reported order (once per order; a repeat answers the first). */
  post: {
    input: z
      .object({
        orderId,
        words: postWords,
        rating: z.number().int().min(1).max(5).optional(),
        photoUrl: photoUrl.optional(),
      })
      .strict(),
    output: z.object({ post: circlePostViewSchema, created: z.boolean() }).strict(),
    refusals: [
      'NOT_FOUND',
      'NOT_LIVE',
      'CAMPAIGN_PAUSED',
      'ORDER_PENDING',
      'ORDER_REFUNDED',
      'WORDS_REFUSED',
    ],
  },
  get: {
    input: z.object({ postId }).strict(),
    output: z.object({ post: circlePostViewSchema }).strict(),
    refusals: ['NOT_FOUND'],
  },
  /** Posts of the people the caller is connected to, then the merchant's featured ones. */
  feed: {
    input: z.object({ cursor: circleCursor.optional() }).strict(),
    output: page,
    refusals: [],
  },
  search: {
    input: z
      .object({ query: z.string().trim().min(1).max(40), cursor: circleCursor.optional() })
      .strict(),
    output: page,
    refusals: [],
  },
  claim: {
    input: z.object({ postId }).strict(),
    /** replayed: the viewer had already claimed from this post; the first coupon comes back. */
    output: z
      .object({ post: circlePostViewSchema, coupon: couponViewSchema, replayed: z.boolean() })
      .strict(),
    refusals: ['NOT_FOUND', 'POOL_EMPTY', 'SELF_CLAIM', 'CLAIM_LIMIT', 'BUDGET_EXHAUSTED'],
  },
  /** The poster deletes their post; coupons already claimed stay with their friends. */
  remove: {
    input: z.object({ postId }).strict(),
    output: z.object({ post: circlePostViewSchema }).strict(),
    refusals: ['NOT_FOUND'],
  },
  /** The caller's posts, and their reported orders that may still be posted about. */
  mine: {
    input: z.object({}).strict(),
    output: z
      .object({
        posts: z.array(circlePostViewSchema),
        postable: z.array(
          z
            .object({
              orderId,
              campaignId,
              productName: z.string(),
              orderedAt: isoDateTime,
            })
            .strict(),
        ),
      })
      .strict(),
    refusals: [],
  },
  /** Merchant: hides a post, with the reason its poster is shown. */
  hide: {
    input: z.object({ postId, reason: z.string().trim().min(2).max(100) }).strict(),
    output: z.object({ post: circlePostViewSchema }).strict(),
    refusals: ['NOT_FOUND'],
    role: 'merchant',
  },
  /** Merchant: features a post (or stops featuring it) in everyone's circle. */
  feature: {
    input: z.object({ postId, featured: z.boolean() }).strict(),
    output: z.object({ post: circlePostViewSchema }).strict(),
    refusals: ['NOT_FOUND'],
    role: 'merchant',
  },
});

export type ConnectionKind = z.output<typeof connectionKindSchema>;
export type PostStatus = z.output<typeof postStatusSchema>;
export type CirclePostView = z.output<typeof circlePostViewSchema>;
export type CircleClaimResult = z.output<typeof circleContract.actions.claim.output>;
export type CirclePostResult = z.output<typeof circleContract.actions.post.output>;
export type CirclePage = z.output<typeof page>;
export type CircleMineResult = z.output<typeof circleContract.actions.mine.output>;
