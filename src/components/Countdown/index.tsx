import { useEffect, useRef } from 'react';
import { Text } from '@tarojs/components';
import { useCountdown } from '../../hooks/use-countdown';
import './index.scss';

export interface CountdownProps {
  /** The server's deadline and the server's clock from the same response. */
  endsAt: string;
  serverNow: string;
  /** Shown before the time, e.g. "剩余". */
  prefix?: string;
  /** Shown after the time, e.g. " 内完成支付". */
  suffix?: string;
  /** "mm:ss" instead of "hh:mm:ss", for windows shorter than an hour. */
  minutes?: boolean;
  /** Shown instead of 00:00:00 once the time is up. */
  overText?: string;
  /** Fires once when the time runs out while the page is open, so it can ask the server. */
  onOver?: () => void;
  className?: string;
}

export function Countdown({
  endsAt,
  serverNow,
  prefix = '剩余',
  suffix = '',
  minutes = false,
  overText = '已结束',
  onOver,
  className,
}: CountdownProps) {
  const countdown = useCountdown(endsAt, serverNow);
  const { over } = countdown;
  const wasOver = useRef(over);
  const onOverRef = useRef(onOver);
  onOverRef.current = onOver;

  useEffect(() => {
    // Only a transition counts: a page opened after the deadline already has the server's
    // verdict, and asking again would loop if the two clocks disagree by a second.
    if (over && !wasOver.current) onOverRef.current?.();
    wasOver.current = over;
  }, [over]);

  return (
    <Text className={`countdown${className ? ` ${className}` : ''}`} data-testid="countdown">
      {over ? overText : `${prefix} ${minutes ? countdown.minutes : countdown.text}${suffix}`}
    </Text>
  );
}
