// An F码 campaign's batches, hand-off tree and key people as plain text, for `npm run stats`.
import type { FcodeStats, FcodeTreeNode } from '../../cloudfunctions/contracts/fcode';
import { table } from './render-stats';

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

function treeLines(nodes: FcodeTreeNode[], indent = ''): string[] {
  return nodes.flatMap((n, i) => {
    const last = i === nodes.length - 1;
    const line = `${indent}${last ? '└─' : '├─'} ${n.name}  gen ${n.generation}${n.bought ? '  bought' : ''}  branch orders ${n.orders}`;
    return [line, ...treeLines(n.children, `${indent}${last ? '   ' : '│  '}`)];
  });
}

/** Per batch counts, the waitlist, who passed codes to whom, and whether a few drive most. */
export function renderFcodeStats(stats: FcodeStats): string {
  const out: string[] = ['', 'F码 batches'];
  out.push(
    table([
      ['batch', 'size', 'issued', 'reserved', 'accepted', 'redeemed', 'expired', 'lapsed'],
      ...stats.batches.map((b) => [
        `${b.number} ${b.title}`,
        String(b.size),
        String(b.issued),
        String(b.reserved),
        String(b.accepted),
        String(b.redeemed),
        String(b.expired),
        String(b.lapsed),
      ]),
    ]),
    `waitlist: ${stats.waitlist.waiting} waiting, ${stats.waitlist.promoted} promoted`,
    '',
    `who passed codes to whom (${stats.orders} orders with a code)`,
    ...(stats.tree.length ? treeLines(stats.tree) : ['(no codes handed out yet)']),
    '',
  );
  out.push(
    stats.keyPeople.length
      ? table([
          ['key person', 'orders led', 'share of orders'],
          ...stats.keyPeople.map((k) => [k.name, String(k.orders), percent(k.share)]),
        ])
      : 'no orders led by anyone yet',
    `the top fifth of seed holders led ${percent(stats.topFifthShare)} of orders`,
  );
  return out.join('\n');
}
