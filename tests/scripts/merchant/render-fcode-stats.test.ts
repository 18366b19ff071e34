import { renderFcodeStats } from '../../../scripts/merchant/render-fcode-stats';
import { anFcodeStats } from '../../support/ui/fcode-builders';

const stats = anFcodeStats([
  {
    name: 'u*',
    generation: 0,
    bought: false,
    orders: 2,
    children: [
      {
        name: 'u*',
        generation: 1,
        bought: true,
        orders: 2,
        children: [{ name: 'u*', generation: 2, bought: true, orders: 1, children: [] }],
      },
      { name: 'u*', generation: 1, bought: false, orders: 0, children: [] },
    ],
  },
]);

describe('npm run stats output for an F码 campaign', () => {
  const text = renderFcodeStats(stats);

  test('gives each batch’s counts and the waitlist', () => {
    expect(text).toMatch(/1 第一批\s+30\s+8\s+1\s+3\s+2\s+1\s+0/);
    expect(text).toContain('waitlist: 4 waiting, 1 promoted');
  });

  test('draws the tree of who passed codes to whom, with each branch’s orders', () => {
    expect(text).toContain('└─ u*  gen 0  branch orders 2');
    expect(text).toContain('   ├─ u*  gen 1  bought  branch orders 2');
    expect(text).toContain('   │  └─ u*  gen 2  bought  branch orders 1');
    expect(text).toContain('   └─ u*  gen 1  branch orders 0');
  });

  test('names the key people and whether a few drive most orders', () => {
    expect(text).toMatch(/u\*\s+2\s+100\.0%/);
    expect(text).toContain('the top fifth of seed holders led 100.0% of orders');
    expect(renderFcodeStats({ ...stats, keyPeople: [], tree: [] })).toContain(
      'no orders led by anyone yet',
    );
  });
});
