import type { BargainView } from '../../../cloudfunctions/contracts/bargain';
import { fenFormatter } from '../../utils/money';

/**
 * The formatter for every amount on a bargain's page. Each amount shown (current price, cut
 * so far, what is left, every help's cut) is the price, the floor or a sum of the published
 * schedule, so these decide whether the page prints decimals.
 */
export function bargainMoney(
  bargain: Pick<BargainView, 'priceFen' | 'floorFen' | 'schedule'>,
): (fen: number) => string {
  return fenFormatter([bargain.priceFen, bargain.floorFen, ...bargain.schedule]);
}
