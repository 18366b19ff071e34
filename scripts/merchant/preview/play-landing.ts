import { PERSONAS, type PreviewRun, type Step } from './preview-run';

export const LANDING_READY = ['[data-testid=landing-title]', '[data-testid=landing-cta]'];

export function landingRoute(campaignId: string): string {
  return `/#/pages/landing/index?campaignId=${encodeURIComponent(campaignId)}`;
}

/**
 * The landing page as a new visitor sees it: the first screen, then the whole page. Its text
 * and the answers it was served are kept for the simulator comparison.
 */
export function landingStep(run: PreviewRun): Step {
  return {
    label: 'landing page, as a new visitor',
    run: () =>
      run.show(PERSONAS.visitor, landingRoute(run.config.id), LANDING_READY, async (screen) => {
        await run.capture(screen, 'landing-top');
        run.landing = {
          query: { campaignId: run.config.id },
          served: await screen.served(),
          lines: run.states.get('landing-top')?.lines ?? [],
        };
        await run.capture(screen, 'landing-full', { full: true });
      }),
  };
}
