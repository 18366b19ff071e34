import type { FcodeTreeNode } from '../../contracts/fcode';

export interface FcodeMove {
  kind:
    | 'seeded'
    | 'passed_on'
    | 'accepted'
    | 'promoted'
    | 'returned'
    | 'lapsed'
    | 'expired'
    | 'redeemed';
  from: string | null;
  to: string | null;
  generation: number | null;
}

export interface FcodeTree {
  roots: FcodeTreeNode[];
  orders: number;
  keyPeople: { name: string; orders: number; share: number }[];
  /** The share of all orders led by the top fifth of seed holders (at least one). */
  topFifthShare: number;
}

interface Person {
  openid: string;
  generation: number;
  parent: string | null;
  bought: number;
  children: string[];
}

/**
 * Who passed codes to whom, from the moves in order: a seed (or a person from the waitlist)
 * is a root; a friend hangs under the giver of the first code they accepted. Each branch
 * counts its orders (the person's own and everyone's after them); a holder's "led" orders are
 * their branch's minus their own. Pure: the names are masked by the caller's `nameOf`.
 */
export function fcodeTree(
  moves: FcodeMove[],
  nameOf: (openid: string) => string,
  keyPeopleLimit = 5,
): FcodeTree {
  const people = new Map<string, Person>();
  const order: string[] = [];
  const person = (openid: string, generation: number, parent: string | null): Person => {
    let p = people.get(openid);
    if (!p) {
      p = { openid, generation, parent, bought: 0, children: [] };
      people.set(openid, p);
      order.push(openid);
      if (parent) people.get(parent)?.children.push(openid);
    }
    return p;
  };
  let orders = 0;
  for (const m of moves) {
    if (m.kind === 'seeded' && m.to) person(m.to, 0, null);
    else if (m.kind === 'promoted' && m.to) person(m.to, 1, null);
    else if (m.kind === 'accepted' && m.to && m.from) {
      const giver = person(m.from, Math.max((m.generation ?? 1) - 1, 0), null);
      person(m.to, m.generation ?? giver.generation + 1, giver.openid);
    } else if (m.kind === 'redeemed' && m.to) {
      person(m.to, m.generation ?? 1, null).bought += 1;
      orders += 1;
    }
  }
  const branch = new Map<string, number>();
  const branchOf = (openid: string): number => {
    const known = branch.get(openid);
    if (known !== undefined) return known;
    const p = people.get(openid)!;
    const total = p.bought + p.children.reduce((sum, c) => sum + branchOf(c), 0);
    branch.set(openid, total);
    return total;
  };
  const nodeOf = (openid: string): FcodeTreeNode => {
    const p = people.get(openid)!;
    return {
      name: nameOf(openid),
      generation: p.generation,
      bought: p.bought > 0,
      orders: branchOf(openid),
      children: p.children.map(nodeOf),
    };
  };
  const rootIds = order.filter((id) => people.get(id)!.parent === null);
  const led = (openid: string) => branchOf(openid) - people.get(openid)!.bought;
  const share = (n: number) => (orders === 0 ? 0 : n / orders);
  const keyPeople = [...people.values()]
    .filter((p) => p.children.length > 0 && led(p.openid) > 0)
    .sort((a, b) => led(b.openid) - led(a.openid) || a.openid.localeCompare(b.openid))
    .slice(0, keyPeopleLimit)
    .map((p) => ({ name: nameOf(p.openid), orders: led(p.openid), share: share(led(p.openid)) }));
  const seeds = rootIds.filter((id) => people.get(id)!.generation === 0);
  const top = seeds
    .map(led)
    .sort((a, b) => b - a)
    .slice(0, Math.max(1, Math.ceil(seeds.length / 5)));
  return {
    roots: rootIds.map(nodeOf),
    orders,
    keyPeople,
    topFifthShare: seeds.length === 0 ? 0 : share(top.reduce((a, b) => a + b, 0)),
  };
}
