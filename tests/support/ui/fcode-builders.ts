import type { FcodeLookup, FcodeStats, FcodeView } from '../../../cloudfunctions/contracts/fcode';
import { SERVER_NOW } from './help-builders';

export const CODE = 'AR9CNS9MB';

/** demo-fcode's first batch as the viewer sees it; override what a test is about. */
export function anFcodeView(
  viewer: Partial<FcodeView['viewer']> = {},
  rest: Partial<Omit<FcodeView, 'viewer'>> = {},
): FcodeView {
  const current = {
    number: 1,
    title: '第一批',
    size: 30,
    givenOut: 6,
    reserved: 0,
    used: 0,
    releasedAt: '2026-03-01T02:00:00.000Z',
  };
  return {
    campaignId: 'demo-fcode',
    productName: '钛杯 Ti-1 450ml',
    priceFen: 19900,
    originalPriceFen: 39900,
    validUntil: '2030-12-31T15:59:59.000Z',
    reserveHours: 24,
    batches: [current],
    current,
    next: { number: 2, title: '第二批', size: 50 },
    waiting: 0,
    openForWaitlist: 0,
    viewer: { holding: [], mine: null, waitlist: null, messages: [], ...viewer },
    serverNow: SERVER_NOW,
    ...rest,
  };
}

export const heldCode = (code = CODE): FcodeView['viewer']['holding'][number] => ({
  code,
  batch: 1,
  status: 'held',
  heldUntil: '2026-03-04T02:00:00.000Z',
  friend: null,
  reservedUntil: null,
});

export const reservedForMe = (
  via: 'friend' | 'waitlist' = 'friend',
): FcodeView['viewer']['mine'] => ({
  code: CODE,
  batch: 1,
  status: 'reserved',
  via,
  from: via === 'friend' ? 'u*' : null,
  reservedUntil: '2026-03-02T02:00:00.000Z',
  orderId: null,
});

export function aLookup(state: FcodeLookup['state'] = 'open'): FcodeLookup {
  return {
    code: CODE,
    campaignId: 'demo-fcode',
    batch: 1,
    giver: 'u*',
    state,
    heldUntil: '2026-03-04T02:00:00.000Z',
    serverNow: SERVER_NOW,
  };
}

/**
 * demo-fcode's stats for the merchant: one batch of 30 (8 issued, 1 reserved, 3 accepted, 2
 * used, 1 expired), 4 waiting and 1 promoted, and one seed holder who led both orders. The
 * tree below that seed holder is the test's.
 */
export function anFcodeStats(tree: FcodeStats['tree']): FcodeStats {
  return {
    campaignId: 'demo-fcode',
    batches: [
      {
        number: 1,
        title: '第一批',
        size: 30,
        issued: 8,
        reserved: 1,
        accepted: 3,
        redeemed: 2,
        expired: 1,
        lapsed: 0,
      },
    ],
    waitlist: { waiting: 4, promoted: 1 },
    tree,
    orders: 2,
    keyPeople: [{ name: 'u*', orders: 2, share: 1 }],
    topFifthShare: 1,
  };
}
