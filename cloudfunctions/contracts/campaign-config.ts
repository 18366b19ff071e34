import * as z from 'zod';

/** Money is always integer fen. */
export const fen = z.number().int().min(0).max(100_000_000);
const positiveFen = fen.min(1);
const isoDateTime = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().trim().min(1).max(max);
const url = z.string().trim().min(1).max(1024);

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

export const productSchema = z
  .object({
    id: text(64),
    name: text(60),
    imageUrl: url.optional(),
    priceFen: positiveFen.describe('Original price, in fen'),
  })
  .strict();

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

/**
 * Whether one that lapsed unfinished gives its start back. On by default: the page and the
 * rules may then promise 超时未完成可重新发起, and maxStartsPerUser limits only the starts
 * that did not lapse (a completed one still counts, so rewards stay within the limit).
 */
const restartAfterExpiry = z
  .boolean()
  .default(true)
  .describe(
    'A start that expired unfinished does not count toward maxStartsPerUser, so the person may start again',
  );

export const bargainSettingsSchema = z
  .object({
    priceFen: positiveFen.describe('Starting price, in fen'),
    floorFen: fen.describe('The price reached after the last help, in fen'),
    helpsNeeded: z
      .number()
      .int()
      .min(1)
      .max(100)
      .describe('Friends’ helps needed to reach the floor'),
    durationHours: z.number().int().min(1).max(720),
    maxStartsPerUser: z.number().int().min(1).max(100).default(1),
    restartAfterExpiry,
    helperDailyLimit: z
      .number()
      .int()
      .min(1)
      .max(100)
      .default(3)
      .describe('Helps one person may give per day in this campaign'),
    newUsersOnly: z.boolean().default(false),
    initiatorFirstCut: z
      .boolean()
      .default(true)
      .describe('The initiator makes the first cut on start, before friends help'),
    rewardValidDays: z.number().int().min(1).max(365).default(7),
  })
  .strict()
  .refine((b) => b.floorFen < b.priceFen, {
    message: 'floorFen must be below priceFen',
    path: ['floorFen'],
  })
  .refine((b) => b.helpsNeeded + (b.initiatorFirstCut ? 1 : 0) <= b.priceFen - b.floorFen, {
    message: 'every cut must be at least 1 fen: too many helps for price − floor',
    path: ['helpsNeeded'],
  });

export const assistSettingsSchema = z
  .object({
    helpsNeeded: z.number().int().min(1).max(100),
    durationHours: z.number().int().min(1).max(720),
    maxStartsPerUser: z.number().int().min(1).max(100).default(1),
    restartAfterExpiry,
    helperDailyLimit: z.number().int().min(1).max(100).default(3),
    newUsersOnly: z.boolean().default(false),
    initiatorRewardTemplateId: templateId,
    helperRewardTemplateId: templateId.optional(),
  })
  .strict();

export const groupSettingsSchema = z
  .object({
    groupPriceFen: positiveFen.describe('What each member pays once the group forms, in fen'),
    size: z.number().int().min(2).max(50).describe('People a group needs, the leader included'),
    durationHours: z
      .number()
      .int()
      .min(1)
      .max(72)
      .describe('How long a group has to fill up after it is opened'),
    maxLeadsPerUser: z
      .number()
      .int()
      .min(1)
      .max(20)
      .default(1)
      .describe('Groups one person may lead (a group that failed gives its lead back)'),
    onShort: z
      .enum(['fail', 'complete'])
      .default('fail')
      .describe(
        'A group short of people at its deadline fails and its members are refunded, or completes with those who paid (shown on the page)',
      ),
    paymentMinutes: z
      .number()
      .int()
      .min(5)
      .max(60)
      .default(15)
      .describe('How long a seat is held for someone who joined but has not paid'),
    maxHeldSeatsPerPerson: z
      .number()
      .int()
      .min(1)
      .max(10)
      .default(1)
      .describe('Groups of this campaign one person may hold an unpaid seat in at once'),
  })
  .strict();

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

/**
 * F码 (limited invite codes): what a code grants — one purchase of the product at a special
 * price, or the right to buy before open sale — within a validity window.
 */
export const fcodeGrantSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('price'),
      priceFen: positiveFen.describe('What a code holder pays for the product, in fen'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('early-access'),
      openSaleAt: isoDateTime.describe('When everyone may buy; before it only with a code'),
    })
    .strict(),
]);

export const fcodeBatchSchema = z
  .object({
    size: z
      .number()
      .int()
      .min(1)
      .max(100_000)
      .describe('Codes in this batch: fixed when the batch is released, never raised'),
    title: text(20).optional().describe('How the release is announced, e.g. “第二批”'),
    to: z
      .enum(['holders', 'waitlist'])
      .default('waitlist')
      .describe(
        'holders: seed holders and buyers passing codes on draw from it; waitlist: it goes to the waitlist in order at release',
      ),
    releaseAt: isoDateTime
      .optional()
      .describe('When the batch is released (default: as soon as the campaign is live)'),
  })
  .strict();

export const fcodeSettingsSchema = z
  .object({
    grant: fcodeGrantSchema,
    validFrom: isoDateTime.optional().describe('Codes may be used from this instant'),
    validUntil: isoDateTime.describe('Codes may be used until this instant'),
    batches: z
      .array(fcodeBatchSchema)
      .min(1)
      .max(20)
      .describe('Releases in order; a new batch is a new release, shown as such'),
    codesPerSeed: z
      .number()
      .int()
      .min(1)
      .max(20)
      .describe('Codes each seed holder receives from the first batch'),
    passOn: z
      .object({
        codes: z.number().int().min(1).max(10).describe('Codes a buyer receives to pass on'),
        maxGenerations: z
          .number()
          .int()
          .min(1)
          .max(10)
          .describe('Buyers this many hand-offs from a seed (at most) receive codes'),
      })
      .strict()
      .optional()
      .describe('Whether a person who buys with a code receives codes to pass on'),
    holdDays: z
      .number()
      .int()
      .min(1)
      .max(90)
      .default(7)
      .describe('A code not handed on within this many days goes to the waitlist'),
    reserveHours: z
      .number()
      .int()
      .min(1)
      .max(168)
      .default(24)
      .describe('How long a code stays reserved for a friend before it returns to its giver'),
  })
  .strict()
  .refine((f) => !f.validFrom || Date.parse(f.validFrom) < Date.parse(f.validUntil), {
    message: 'validUntil must be after validFrom',
    path: ['validUntil'],
  })
  .refine(
    (f) =>
      f.batches.every(
        (b, i) =>
          i === 0 ||
          !b.releaseAt ||
          !f.batches[i - 1]?.releaseAt ||
          Date.parse(f.batches[i - 1]!.releaseAt!) <= Date.parse(b.releaseAt),
      ),
    { message: 'batches are released in order', path: ['batches'] },
  );

/**
 * What a sharer level unlocks. Every perk is deterministic and its quota disclosed: WeChat
 * forbids extra chances for sharing, so `draw` (extra lottery draws for a level) exists only so
 * the compliance checker can refuse it by name rather than the contract silently dropping it.
 */
export const levelPerkSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('circle-pool-bonus'),
      extraCoupons: z.number().int().min(1).max(20),
    })
    .strict()
    .describe('Each circle post of a sharer at this level carries this many more friend coupons'),
  z
    .object({ kind: z.literal('fcode-early-access'), hours: z.number().int().min(1).max(168) })
    .strict()
    .describe('Sees each F码 batch this many hours before its release'),
  z
    .object({
      kind: z.literal('monthly-sample'),
      sample: text(30),
      quota: z
        .number()
        .int()
        .min(1)
        .max(10_000)
        .describe('Samples a month, first come first served'),
    })
    .strict(),
  z
    .object({ kind: z.literal('draw'), extraDraws: z.number().int().min(1).max(100) })
    .strict()
    .describe('Refused by the checker: extra lottery chances for a level are rewards for sharing'),
]);

export const inviteSettingsSchema = z
  .object({
    windowDays: z
      .number()
      .int()
      .min(1)
      .max(90)
      .default(7)
      .describe(
        'A share token attributes new people for this many days; credits follow for as long',
      ),
    orderHoldDays: z
      .number()
      .int()
      .min(0)
      .max(60)
      .default(7)
      .describe('Order credits wait out the refund window before they count'),
    weeklyReset: z
      .object({
        weekday: z.number().int().min(0).max(6).default(1).describe('0 = Sunday'),
        hour: z.number().int().min(0).max(23).default(0).describe('China time'),
      })
      .strict()
      .prefault({}),
    levels: z
      .array(
        z
          .object({
            level: z.number().int().min(1),
            name: text(20),
            minXp: z.number().int().min(0),
            perks: z.array(levelPerkSchema).max(5).default([]).describe('What this level unlocks'),
          })
          .strict(),
      )
      .min(1)
      .max(20)
      .optional()
      .describe('Sharer levels by experience; the first must start at 0'),
  })
  .strict();

/**
 * What a campaign promises beyond the built-in flows. Declared so the compliance checker can
 * judge it against WeChat's rules on induced sharing (诱导分享): a config whose mechanics break
 * them is refused with reasons instead of going live.
 */
export const mechanicsSchema = z
  .object({
    unlocks: z
      .array(
        z
          .object({
            content: text(60).describe('What is unlocked'),
            by: z.enum(['share', 'moments-share', 'help', 'purchase']).describe('What unlocks it'),
          })
          .strict(),
      )
      .max(10)
      .default([]),
    rewards: z
      .array(
        z
          .object({
            trigger: z
              .enum([
                'share',
                'moments-share',
                'friend-open',
                'friend-help',
                'friend-purchase',
                'own-purchase',
              ])
              .describe('What earns the reward'),
            reward: text(60),
          })
          .strict(),
      )
      .max(10)
      .default([]),
    commission: z
      .object({
        levels: z.number().int().min(1).max(10).describe('How many uplines share in a purchase'),
        ratesPercent: z.array(z.number().min(0).max(100)).min(1).max(10),
      })
      .strict()
      .optional(),
    randomOutcome: z
      .object({
        description: text(200),
        disclosed: z
          .boolean()
          .describe('Whether the odds and possible outcomes are shown up front'),
      })
      .strict()
      .optional(),
  })
  .strict();

const common = {
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

export const bargainCampaignSchema = z
  .object({
    ...common,
    kind: z.literal('bargain'),
    product: productSchema,
    bargain: bargainSettingsSchema,
  })
  .strict();

export const assistCampaignSchema = z
  .object({
    ...common,
    kind: z.literal('assist'),
    product: productSchema.optional(),
    assist: assistSettingsSchema,
  })
  .strict();

export const couponCampaignSchema = z
  .object({
    ...common,
    kind: z.literal('coupon'),
    product: productSchema.optional(),
    claimTemplateId: templateId,
  })
  .strict();

export const groupCampaignSchema = z
  .object({
    ...common,
    kind: z.literal('group'),
    product: productSchema,
    group: groupSettingsSchema,
  })
  .strict();

const templateIds = (c: { coupons: { id: string }[] }) => new Set(c.coupons.map((t) => t.id));

export const fcodeCampaignSchema = z
  .object({
    ...common,
    kind: z.literal('fcode'),
    product: productSchema,
    fcode: fcodeSettingsSchema,
  })
  .strict();

export const campaignConfigSchema = z
  .discriminatedUnion('kind', [
    bargainCampaignSchema,
    assistCampaignSchema,
    couponCampaignSchema,
    groupCampaignSchema,
    fcodeCampaignSchema,
  ])
  .superRefine((c, ctx) => {
    if (c.startsAt && c.endsAt && Date.parse(c.startsAt) >= Date.parse(c.endsAt)) {
      ctx.addIssue({ code: 'custom', message: 'endsAt must be after startsAt', path: ['endsAt'] });
    }
    const ids = templateIds(c);
    if (ids.size !== c.coupons.length) {
      ctx.addIssue({
        code: 'custom',
        message: 'coupon template ids must be unique',
        path: ['coupons'],
      });
    }
    if (c.kind === 'bargain' && c.bargain.priceFen !== c.product.priceFen) {
      ctx.addIssue({
        code: 'custom',
        message: 'bargain.priceFen must equal product.priceFen',
        path: ['bargain', 'priceFen'],
      });
    }
    if (c.kind === 'assist') {
      for (const key of ['initiatorRewardTemplateId', 'helperRewardTemplateId'] as const) {
        const id = c.assist[key];
        if (id !== undefined && !ids.has(id)) {
          ctx.addIssue({
            code: 'custom',
            message: `no coupon template "${id}" in coupons`,
            path: ['assist', key],
          });
        }
      }
      // Every assist a person may start promises its reward: the per-user limit must allow it.
      const reward = c.coupons.find((t) => t.id === c.assist.initiatorRewardTemplateId);
      if (reward && reward.perUserLimit < c.assist.maxStartsPerUser) {
        ctx.addIssue({
          code: 'custom',
          message: 'the initiator reward’s perUserLimit must be at least assist.maxStartsPerUser',
          path: ['assist', 'initiatorRewardTemplateId'],
        });
      }
    }
    if (c.kind === 'group' && c.group.groupPriceFen > c.product.priceFen) {
      ctx.addIssue({
        code: 'custom',
        message: 'group.groupPriceFen must not exceed product.priceFen',
        path: ['group', 'groupPriceFen'],
      });
    }
    if (c.kind === 'fcode') {
      if (c.fcode.grant.kind === 'price' && c.fcode.grant.priceFen >= c.product.priceFen) {
        ctx.addIssue({
          code: 'custom',
          message: 'fcode.grant.priceFen must be below product.priceFen',
          path: ['fcode', 'grant', 'priceFen'],
        });
      }
      const first = c.fcode.batches[0];
      if (first && c.fcode.codesPerSeed > first.size) {
        ctx.addIssue({
          code: 'custom',
          message: 'codesPerSeed must not exceed the first batch',
          path: ['fcode', 'codesPerSeed'],
        });
      }
    }
    if (c.packet && ids.has(packetTemplateId(c.id))) {
      ctx.addIssue({
        code: 'custom',
        message: `the template id "${packetTemplateId(c.id)}" is reserved for the packet's coupons`,
        path: ['coupons'],
      });
    }
    if (c.circle) {
      const t = c.coupons.find((x) => x.id === c.circle!.templateId);
      if (!t) {
        ctx.addIssue({
          code: 'custom',
          message: `no coupon template "${c.circle.templateId}" in coupons`,
          path: ['circle', 'templateId'],
        });
      } else if (t.claimable) {
        // Claimable directly, the friend coupons would bypass the posts and their pools.
        ctx.addIssue({
          code: 'custom',
          message: 'the circle template must not be claimable directly',
          path: ['circle', 'templateId'],
        });
      }
    }
    if (c.kind === 'coupon') {
      const t = c.coupons.find((x) => x.id === c.claimTemplateId);
      if (!t) {
        ctx.addIssue({
          code: 'custom',
          message: `no coupon template "${c.claimTemplateId}" in coupons`,
          path: ['claimTemplateId'],
        });
      } else if (!t.claimable) {
        ctx.addIssue({
          code: 'custom',
          message: 'the claim template must be claimable',
          path: ['claimTemplateId'],
        });
      }
    }
  });

/** The coupon template a campaign's packets issue from (kept in step with `packet`). */
export function packetTemplateId(campaignId: string): string {
  return `${campaignId}:packet`;
}

export type CampaignConfig = z.output<typeof campaignConfigSchema>;
export type CampaignConfigInput = z.input<typeof campaignConfigSchema>;
export type CampaignKind = CampaignConfig['kind'];
export type BargainCampaign = z.output<typeof bargainCampaignSchema>;
export type AssistCampaign = z.output<typeof assistCampaignSchema>;
export type CouponCampaign = z.output<typeof couponCampaignSchema>;
export type GroupCampaign = z.output<typeof groupCampaignSchema>;
export type FcodeCampaign = z.output<typeof fcodeCampaignSchema>;
export type FcodeSettings = z.output<typeof fcodeSettingsSchema>;
export type FcodeGrant = z.output<typeof fcodeGrantSchema>;
export type GroupSettings = z.output<typeof groupSettingsSchema>;
export type PacketSettings = z.output<typeof packetSettingsSchema>;
export type CircleSettings = z.output<typeof circleSettingsSchema>;
export type LevelPerk = z.output<typeof levelPerkSchema>;
export type PacketAmounts = z.output<typeof packetAmountsSchema>;
export type BargainSettings = z.output<typeof bargainSettingsSchema>;
export type AssistSettings = z.output<typeof assistSettingsSchema>;
export type CouponTemplateConfig = z.output<typeof couponTemplateConfigSchema>;
export type CouponValidity = z.output<typeof couponValiditySchema>;
export type Mechanics = z.output<typeof mechanicsSchema>;
export type InviteSettings = z.output<typeof inviteSettingsSchema>;
export type Product = z.output<typeof productSchema>;
export type LandingSection = z.output<typeof landingSectionSchema>;
export type HookSection = z.output<typeof hookSectionSchema>;
export type ProofSection = z.output<typeof proofSectionSchema>;
export type CtaSection = z.output<typeof ctaSectionSchema>;
