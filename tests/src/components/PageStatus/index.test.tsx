import { fireEvent, render, screen } from '@testing-library/react';
import { PageStatus } from '../../../../src/components/PageStatus';

describe('PageStatus: loading, failure with retry, empty', () => {
  test('loading', () => {
    render(<PageStatus kind="loading" />);

    expect(screen.getByTestId('page-loading')).toHaveTextContent('加载中…');
  });

  test('error: the message and 重新加载', () => {
    const onRetry = jest.fn();
    render(<PageStatus kind="error" message="网络异常，请稍后重试" onRetry={onRetry} />);

    expect(screen.getByTestId('page-error')).toHaveTextContent('网络异常，请稍后重试');
    fireEvent.click(screen.getByTestId('page-retry'));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  test('empty: the message, no retry', () => {
    render(<PageStatus kind="empty" message="还没有内容" />);

    expect(screen.getByTestId('page-empty')).toHaveTextContent('还没有内容');
    expect(screen.queryByTestId('page-retry')).not.toBeInTheDocument();
  });
});
