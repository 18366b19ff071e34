import { Button } from '@tarojs/components';
import './index.scss';

/** The page's one call to action, shared by the hook, the CTA section and the action bar. */
export interface CtaState {
  /** The kind's default text ('发起砍价'…), used where a section sets none. */
  defaultLabel: string;
  /** Wins over any section's text, e.g. '查看我的优惠券' once the coupon is claimed. */
  labelOverride?: string;
  /** Not live (draft preview, ended): the button shows but does nothing. */
  disabled: boolean;
  /** A call is in flight: every CTA on the page waits for it. */
  busy: boolean;
  onTap: () => void;
}

export interface CtaButtonProps {
  cta: CtaState;
  /** The section's own ctaText. */
  text?: string;
  size?: 'large' | 'compact';
  /** Where the button sits, for styling and for tests of the weapp build (no data-*). */
  className?: string;
  testId?: string;
}

export function CtaButton({ cta, text, size = 'large', className, testId }: CtaButtonProps) {
  const inactive = cta.disabled || cta.busy;
  const classes = ['cta-button', `cta-button--${size}`, className, inactive ? 'is-disabled' : ''];
  return (
    <Button
      className={classes.filter(Boolean).join(' ')}
      data-testid={testId}
      // Taro's H5 button renders disabled={false} as disabled="false", which its own
      // [disabled] styles still match: leave the prop out unless it is true.
      {...(inactive ? { disabled: true } : {})}
      loading={cta.busy}
      onClick={cta.onTap}
    >
      {cta.labelOverride ?? text ?? cta.defaultLabel}
    </Button>
  );
}
