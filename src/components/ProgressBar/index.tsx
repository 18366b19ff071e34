import { View } from '@tarojs/components';
import './index.scss';

export interface ProgressBarProps {
  /** Share done, 0–1; values outside are clamped so a rounding slip never overflows the track. */
  value: number;
  className?: string;
}

export function ProgressBar({ value, className }: ProgressBarProps) {
  const percent =
    Math.round(Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0)) * 1000) / 10;
  return (
    <View
      className={`progress-bar${className ? ` ${className}` : ''}`}
      data-testid="progress-bar"
      data-percent={percent}
    >
      <View className="progress-bar__fill" style={{ width: `${percent}%` }} />
    </View>
  );
}
