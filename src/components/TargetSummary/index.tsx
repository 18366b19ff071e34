import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { Countdown } from '../Countdown';

export interface TargetSummaryProps {
  /** The page's block name: classes are `<block>-summary__…`, test ids `<block>-…`. */
  block: 'bargain' | 'assist' | 'group' | 'packet';
  heading: string;
  /** A line under the heading (the product's name), when there is one. */
  subtitle?: ReactNode;
  /** The time left while it is open; null once it is over. */
  countdown: { endsAt: string; serverNow: string; prefix: string; onOver: () => void } | null;
  /** Test id of the countdown's box, where a test reads it. */
  countdownTestId?: string;
  children: ReactNode;
}

/**
 * The summary card at the top of a bargain, assist, group or packet page: its heading, what
 * it is about, the kind's own figures (the children) and, while it is open, the time left.
 * Each kind's stylesheet styles its own block.
 */
export function TargetSummary({
  block,
  heading,
  subtitle,
  countdown,
  countdownTestId,
  children,
}: TargetSummaryProps) {
  const root = `${block}-summary`;
  return (
    <View className={root} data-testid={root}>
      <Text className={`${root}__heading`} data-testid={`${block}-heading`}>
        {heading}
      </Text>
      {subtitle}
      {children}
      {countdown && (
        <View className={`${root}__countdown`} data-testid={countdownTestId}>
          <Countdown {...countdown} />
        </View>
      )}
    </View>
  );
}
