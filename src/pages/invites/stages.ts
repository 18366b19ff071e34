import type { ConversionStage, CreditStatus } from '../../../cloudfunctions/contracts/invite';

export const STAGES: readonly ConversionStage[] = [
  'arrived',
  'helped',
  'started',
  'ordered',
  'coupon_used',
];

export const STAGE_LABEL: Record<ConversionStage, string> = {
  arrived: '到访',
  helped: '助力',
  started: '发起',
  ordered: '下单',
  coupon_used: '好友用券',
};

/**
 * Why a credit is not counted yet: an order, or a friend's order paid with a coupon from the
 * sharer's packet, waits out its refund window (待确认); anything else pending was flagged
 * and waits for the merchant's review (审核中).
 */
export function pendingLabel(stage: ConversionStage): string {
  return stage === 'ordered' || stage === 'coupon_used' ? '待确认' : '审核中';
}

export function statusLabel(stage: ConversionStage, status: CreditStatus): string | null {
  if (status === 'pending') return pendingLabel(stage);
  if (status === 'rejected') return '未计入';
  return null;
}
