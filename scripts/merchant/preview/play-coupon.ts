import { LANDING_READY, landingRoute, landingStep } from './play-landing';
import { PERSONAS, type PreviewRun, type Step } from './preview-run';

/** The label the CTA takes once the coupon is in the wallet (src/pages/landing/use-cta-action). */
const CLAIMED_CTA = '[data-testid=landing-cta]:has-text("查看我的优惠券")';

export function couponSteps(run: PreviewRun): Step[] {
  return [
    landingStep(run),
    {
      label: 'coupon claimed (a tap on the call to action)',
      run: () =>
        run.show(PERSONAS.initiator, landingRoute(run.config.id), LANDING_READY, async (screen) => {
          // The toast says it too, for a moment: caught while it shows.
          await screen.tap('[data-testid=landing-cta]', [CLAIMED_CTA, 'text=领取成功']);
          await run.capture(screen, 'claimed');
        }),
    },
    {
      label: 'wallet',
      run: () =>
        run.show(PERSONAS.initiator, '/#/pages/coupons/index', ['[data-testid=coupon-card]'], (s) =>
          run.capture(s, 'wallet'),
        ),
    },
  ];
}
