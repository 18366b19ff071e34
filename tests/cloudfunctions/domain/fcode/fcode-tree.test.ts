import { fcodeTree, type FcodeMove } from '../../../../cloudfunctions/domain/fcode/fcode-tree';

const seeded = (to: string): FcodeMove => ({ kind: 'seeded', from: null, to, generation: 0 });
const accepted = (from: string, to: string, generation: number): FcodeMove => ({
  kind: 'accepted',
  from,
  to,
  generation,
});
const redeemed = (to: string, generation = 1): FcodeMove => ({
  kind: 'redeemed',
  from: null,
  to,
  generation,
});
const name = (openid: string) => openid.toUpperCase();

describe('the tree of who passed codes to whom', () => {
  test('hangs each friend under the giver of their first code and counts each branch’s orders', () => {
    const tree = fcodeTree(
      [
        seeded('a'),
        seeded('b'),
        accepted('a', 'x', 1),
        redeemed('x'),
        accepted('x', 'y', 2),
        redeemed('y', 2),
        accepted('b', 'z', 1),
        // z's reservation lapsed, then they accepted another of a's codes: still under b.
        accepted('a', 'z', 1),
      ],
      name,
    );
    expect(tree.orders).toBe(2);
    expect(tree.roots).toEqual([
      {
        name: 'A',
        generation: 0,
        bought: false,
        orders: 2,
        children: [
          {
            name: 'X',
            generation: 1,
            bought: true,
            orders: 2,
            children: [{ name: 'Y', generation: 2, bought: true, orders: 1, children: [] }],
          },
        ],
      },
      {
        name: 'B',
        generation: 0,
        bought: false,
        orders: 0,
        children: [{ name: 'Z', generation: 1, bought: false, orders: 0, children: [] }],
      },
    ]);
  });

  test('key people are the holders whose codes led to the most orders, with their share', () => {
    const tree = fcodeTree(
      [
        seeded('a'),
        seeded('b'),
        seeded('c'),
        seeded('d'),
        seeded('e'),
        accepted('a', 'x1', 1),
        redeemed('x1'),
        accepted('a', 'x2', 1),
        redeemed('x2'),
        accepted('a', 'x3', 1),
        redeemed('x3'),
        accepted('b', 'y1', 1),
        redeemed('y1'),
      ],
      name,
    );
    expect(tree.keyPeople).toEqual([
      { name: 'A', orders: 3, share: 0.75 },
      { name: 'B', orders: 1, share: 0.25 },
    ]);
    // The top fifth of five seeds is one seed: a, with 3 of 4 orders.
    expect(tree.topFifthShare).toBe(0.75);
  });

  test('people from the waitlist are roots of their own; nothing bought means no shares', () => {
    const tree = fcodeTree([{ kind: 'promoted', from: null, to: 'w', generation: 1 }], name);
    expect(tree.roots).toEqual([
      { name: 'W', generation: 1, bought: false, orders: 0, children: [] },
    ]);
    expect(tree.keyPeople).toEqual([]);
    expect(tree.topFifthShare).toBe(0);
  });
});
