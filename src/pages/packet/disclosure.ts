import type { PacketView } from '../../../cloudfunctions/contracts/packet';
import { formatFen } from '../../utils/money';

/**
 * What the packet promises before anyone claims, in one line: every amount of a list, the
 * share of an even split, or a random packet's total and range (its amounts show on claim).
 */
export function disclosureText(packet: Pick<PacketView, 'disclosure' | 'slots'>): string {
  const { kind, count, totalFen, minFen, maxFen } = packet.disclosure;
  if (kind === 'list') {
    const amounts = packet.slots.flatMap((slot) =>
      slot.valueFen === null ? [] : [formatFen(slot.valueFen)],
    );
    return `共 ${count} 张：${amounts.join('、')}，先到先得`;
  }
  if (kind === 'even') {
    // An even split of an amount that does not divide leaves some coupons a fen larger.
    const low = Math.floor(totalFen / count);
    const high = Math.ceil(totalFen / count);
    const each = low === high ? formatFen(low) : `${formatFen(low)}–${formatFen(high)}`;
    return `共 ${count} 张，每张 ${each}`;
  }
  if (minFen === null || maxFen === null) return `共 ${count} 张，金额随机，领取后揭晓`;
  return `共 ${count} 张，总额 ${formatFen(totalFen)}，每张 ${formatFen(minFen)}–${formatFen(maxFen)} 随机`;
}
