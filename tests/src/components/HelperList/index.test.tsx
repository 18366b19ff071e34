import { render, screen, within } from '@testing-library/react';
import { HelperList } from '../../../../src/components/HelperList';

describe('HelperList: who helped, masked, when and how much', () => {
  test('one row per helper: initial, masked name, China time, amount', () => {
    render(
      <HelperList
        title="帮砍好友"
        emptyText="还没有好友帮砍"
        helpers={[
          { name: '李**', avatarUrl: null, helpedAt: '2026-11-23T08:05:00.000Z', note: '砍掉 ¥18' },
          { name: '我', avatarUrl: null, helpedAt: '2026-11-23T16:30:00.000Z', note: '砍掉 ¥15' },
        ]}
      />,
    );

    const rows = screen.getAllByTestId('helper-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('李**');
    // 08:05 UTC is 16:05 in China; 16:30 UTC is past midnight there, the next day.
    expect(rows[0]).toHaveTextContent('11-23 16:05');
    expect(rows[0]).toHaveTextContent('砍掉 ¥18');
    expect(rows[1]).toHaveTextContent('11-24 00:30');
    expect(within(screen.getByTestId('helper-list')).getByText('2 人')).toBeInTheDocument();
  });

  test('no helpers: the empty text instead of rows', () => {
    render(<HelperList title="助力好友" emptyText="快来做第一个助力的人" helpers={[]} />);

    expect(screen.queryAllByTestId('helper-row')).toHaveLength(0);
    expect(screen.getByTestId('helper-list')).toHaveTextContent('快来做第一个助力的人');
  });
});
