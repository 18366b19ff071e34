import { act, render, screen } from '@testing-library/react';
import { Countdown } from '../../../../src/components/Countdown';

const SERVER_NOW = '2026-11-23T08:00:00.000Z';
const in2h = '2026-11-23T10:00:00.000Z';

describe('Countdown: the server clock decides, not the phone', () => {
  test.each([
    { label: 'phone set years ahead', phone: '2031-05-01T00:00:00.000Z' },
    { label: 'phone set years behind', phone: '2019-01-01T00:00:00.000Z' },
    { label: 'phone in step', phone: SERVER_NOW },
  ])('$label: two hours left still reads 02:00:00, then ticks', ({ phone }) => {
    jest.useFakeTimers({ now: new Date(phone) });

    render(<Countdown endsAt={in2h} serverNow={SERVER_NOW} prefix="剩余" />);

    expect(screen.getByTestId('countdown')).toHaveTextContent('剩余 02:00:00');
    act(() => {
      jest.advanceTimersByTime(1000);
    });
    expect(screen.getByTestId('countdown')).toHaveTextContent('剩余 01:59:59');
  });

  test('past a day it shows the days', () => {
    jest.useFakeTimers({ now: new Date(SERVER_NOW) });

    render(<Countdown endsAt="2026-11-25T09:02:03.000Z" serverNow={SERVER_NOW} />);

    expect(screen.getByTestId('countdown')).toHaveTextContent('剩余 2天 01:02:03');
  });
});

describe('Countdown: when time is up', () => {
  test('shows the over text and calls onOver once, on the transition', () => {
    jest.useFakeTimers({ now: new Date('2040-01-01T00:00:00.000Z') });
    const onOver = jest.fn();

    render(
      <Countdown
        endsAt="2026-11-23T08:00:02.000Z"
        serverNow={SERVER_NOW}
        overText="已结束"
        onOver={onOver}
      />,
    );
    expect(onOver).not.toHaveBeenCalled();
    act(() => {
      jest.advanceTimersByTime(5000);
    });

    expect(screen.getByTestId('countdown')).toHaveTextContent('已结束');
    expect(onOver).toHaveBeenCalledTimes(1);
  });

  test('already over when opened: says so without calling onOver (the server already knew)', () => {
    jest.useFakeTimers({ now: new Date(SERVER_NOW) });
    const onOver = jest.fn();

    render(<Countdown endsAt="2026-11-23T07:00:00.000Z" serverNow={SERVER_NOW} onOver={onOver} />);
    act(() => {
      jest.advanceTimersByTime(3000);
    });

    expect(screen.getByTestId('countdown')).toHaveTextContent('已结束');
    expect(onOver).not.toHaveBeenCalled();
  });
});
