import type { FcodeCampaign, FcodeGrant } from '../../contracts/campaign-config';

export type FcodeStatus = 'pooled' | 'held' | 'reserved' | 'redeemed';

export interface CodeFacts {
  status: FcodeStatus;
  holderOpenid: string | null;
  acceptorOpenid: string | null;
  heldUntil: Date | null;
  reservedUntil: Date | null;
}

export type AcceptRefusal = 'NOT_FOUND' | 'SELF_ACCEPT' | 'CODE_TAKEN' | 'EXPIRED' | 'NOT_LIVE';

/**
 * Whether the viewer may accept this code now. `'mine'` when it is already reserved for them
 * (a retried tap), null when they may. A pooled code was never handed to anyone, so to a
 * guesser it does not exist. The store repeats each condition in its conditional update.
 */
export function acceptRefusal(
  code: CodeFacts,
  viewer: string,
  facts: { campaignLive: boolean; now: Date },
): AcceptRefusal | 'mine' | null {
  if (code.status === 'pooled') return 'NOT_FOUND';
  if (code.acceptorOpenid === viewer) return 'mine';
  if (code.holderOpenid === viewer) return 'SELF_ACCEPT';
  if (code.status !== 'held') return 'CODE_TAKEN';
  if (!facts.campaignLive) return 'NOT_LIVE';
  if (code.heldUntil && code.heldUntil.getTime() <= facts.now.getTime()) return 'EXPIRED';
  return null;
}

export type RedeemRefusal = 'FCODE_NOT_USABLE' | 'ALREADY_REDEEMED' | 'EXPIRED';

export interface Basket {
  buyerOpenid: string;
  campaignId: string;
  /** The products in the order; empty when the checkout did not say (the campaign's product). */
  productIds?: string[];
}

/**
 * Whether a code applies to a basket: the buyer's own reserved code, of this campaign and its
 * product, inside the reservation and the code's validity window.
 */
export function redeemRefusal(
  code: CodeFacts & { campaignId: string },
  basket: Basket,
  settings: { productId: string; validFrom?: string; validUntil: string },
  now: Date,
): { code: RedeemRefusal; message: string } | null {
  if (code.campaignId !== basket.campaignId)
    return { code: 'FCODE_NOT_USABLE', message: 'the code is for another campaign' };
  if (code.acceptorOpenid !== basket.buyerOpenid)
    return { code: 'FCODE_NOT_USABLE', message: 'the code is not reserved for this buyer' };
  if (code.status === 'redeemed')
    return { code: 'ALREADY_REDEEMED', message: 'the code has been used' };
  if (basket.productIds?.length && !basket.productIds.includes(settings.productId))
    return { code: 'FCODE_NOT_USABLE', message: 'the code is for another product' };
  const t = now.getTime();
  if (settings.validFrom && t < Date.parse(settings.validFrom))
    return { code: 'FCODE_NOT_USABLE', message: 'the code cannot be used yet' };
  if (t >= Date.parse(settings.validUntil))
    return { code: 'EXPIRED', message: 'the code’s validity has ended' };
  if (code.status !== 'reserved' || !code.reservedUntil || code.reservedUntil.getTime() <= t)
    return { code: 'EXPIRED', message: 'the reservation has lapsed' };
  return null;
}

/** What the product costs with a code: the special price, or the list price for early access. */
export function fcodePriceFen(config: Pick<FcodeCampaign, 'product' | 'fcode'>): number {
  const grant: FcodeGrant = config.fcode.grant;
  return grant.kind === 'price' ? grant.priceFen : config.product.priceFen;
}

/** Early access: before open sale only a code buys the product. */
export function needsCodeAt(grant: FcodeGrant, now: Date): boolean {
  return grant.kind === 'early-access' && now.getTime() < Date.parse(grant.openSaleAt);
}

/**
 * Whether a buyer at this many hand-offs from a seed receives codes to pass on (seeds' friends
 * and people from the waitlist are generation 1).
 */
export function passOnCount(passOn: FcodeCampaign['fcode']['passOn'], generation: number): number {
  if (!passOn || generation > passOn.maxGenerations) return 0;
  return passOn.codes;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export const reservedUntil = (now: Date, hours: number): Date =>
  new Date(now.getTime() + hours * HOUR_MS);
export const heldUntil = (now: Date, days: number): Date => new Date(now.getTime() + days * DAY_MS);

/** Batches whose release time has come (a batch without one is released with the campaign). */
export function releasedBatchNumbers(
  batches: FcodeCampaign['fcode']['batches'],
  now: Date,
): number[] {
  return batches.flatMap((b, i) =>
    !b.releaseAt || Date.parse(b.releaseAt) <= now.getTime() ? [i + 1] : [],
  );
}
