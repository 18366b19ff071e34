import { render, screen } from '@testing-library/react';
import { FcodeStats } from '../../../../src/pages/stats/components/FcodeStats';
import { anFcodeStats } from '../../../support/ui/fcode-builders';

describe('the stats page’s F码 block', () => {
  test('per batch counts, the waitlist, the tree with each branch’s orders, the key people', () => {
    render(
      <FcodeStats
        stats={anFcodeStats([
          {
            name: 'u*',
            generation: 0,
            bought: false,
            orders: 2,
            children: [{ name: 'u**', generation: 1, bought: true, orders: 2, children: [] }],
          },
        ])}
      />,
    );
    expect(screen.getByTestId('fcode-stats-batch')).toHaveTextContent(
      '第一批 · 30 个8发出1保留中3接受2已用1过期',
    );
    expect(screen.getByTestId('fcode-stats-waitlist')).toHaveTextContent(
      '排队 4 人 · 已从排队发放 1 个',
    );
    expect(screen.getAllByTestId('fcode-stats-node').map((n) => n.textContent)).toEqual([
      'u*种子 · 本支 2 单',
      '└ u**第1代 · 已购 · 本支 2 单',
    ]);
    expect(screen.getByTestId('fcode-stats-key')).toHaveTextContent('u* 带来 2 单，占 100.0%');
    expect(screen.getByTestId('fcode-stats-fifth')).toHaveTextContent(
      '前 20% 的种子用户带来 100.0% 的成交',
    );
  });
});
