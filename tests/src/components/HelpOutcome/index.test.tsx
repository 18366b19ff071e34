import { fireEvent, render, screen } from '@testing-library/react';
import { HelpOutcome } from '../../../../src/components/HelpOutcome';
import { aCouponView } from '../../../support/ui/coupon-builders';

describe('HelpOutcome: how the initiator’s bargain or assist ended', () => {
  test('completed with the reward: the coupon and 去使用', () => {
    render(
      <HelpOutcome
        kind="completed"
        title="砍价成功"
        text="已砍至底价 ¥1"
        reward={aCouponView({ valueFen: 9800 })}
      />,
    );

    expect(screen.getByTestId('initiator-outcome')).toHaveTextContent('砍价成功');
    expect(screen.getByTestId('reward-coupon')).toHaveTextContent('¥98');
    expect(screen.getByTestId('reward-coupon-use')).toHaveTextContent('去使用');
  });

  test('completed, reward not there yet: says where it will be', () => {
    render(
      <HelpOutcome kind="completed" title="助力成功" text="5 位好友已为你助力" reward={null} />,
    );

    expect(screen.getByTestId('initiator-outcome')).toHaveTextContent('奖励发放中');
    expect(screen.queryByTestId('reward-coupon')).not.toBeInTheDocument();
  });

  test('expired: 重新发起, disabled while starting, and the start error', () => {
    const onRestart = jest.fn();
    const { rerender } = render(
      <HelpOutcome
        kind="expired"
        title="砍价已过期，未在时间内砍到底价"
        text="重新发起后，好友可以再帮你砍"
        canRestart
        busy={false}
        startError={null}
        onRestart={onRestart}
      />,
    );

    fireEvent.click(screen.getByTestId('restart'));
    expect(onRestart).toHaveBeenCalledTimes(1);
    rerender(
      <HelpOutcome
        kind="expired"
        title="砍价已过期，未在时间内砍到底价"
        text="重新发起后，好友可以再帮你砍"
        canRestart
        busy
        startError="你已发起过本活动"
        onRestart={onRestart}
      />,
    );
    expect(screen.getByTestId('restart')).toBeDisabled();
    expect(screen.getByTestId('start-error')).toHaveTextContent('你已发起过本活动');
  });

  test('expired with no restart allowed: the reason, and no button that would refuse', () => {
    render(
      <HelpOutcome
        kind="expired"
        title="砍价已过期，未在时间内砍到底价"
        text="本活动每人可发起的次数已用完，不能再发起"
        canRestart={false}
        busy={false}
        startError={null}
        onRestart={jest.fn()}
      />,
    );

    expect(screen.getByTestId('initiator-outcome')).toHaveTextContent('次数已用完');
    expect(screen.queryByTestId('restart')).not.toBeInTheDocument();
  });
});
