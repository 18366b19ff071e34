import type {
  AssistCampaign,
  BargainCampaign,
} from '../../../cloudfunctions/contracts/campaign-config';
import type { BargainView } from '../../../cloudfunctions/contracts/bargain';
import type { InviteShareResult } from '../../../cloudfunctions/contracts/invite';
import { landingStep } from './play-landing';
import { PERSONAS, type PreviewRun, type Step } from './preview-run';

/** The same flow for both kinds: start, a friend helps by the card, the rest help, it ends. */
interface HelpFlow {
  fn: 'bargain' | 'assist';
  idParam: 'bargainId' | 'assistId';
  summary: string;
  friend: string;
}

const FLOWS: Record<HelpFlow['fn'], HelpFlow> = {
  bargain: {
    fn: 'bargain',
    idParam: 'bargainId',
    summary: '[data-testid=bargain-summary]',
    friend: '[data-testid=friend-help]',
  },
  assist: {
    fn: 'assist',
    idParam: 'assistId',
    summary: '[data-testid=assist-summary]',
    friend: '[data-testid=friend-assist]',
  },
};

/** What the initiator's page shows once it is over: the outcome, and the reward when earned. */
const OUTCOME = '[data-testid=initiator-outcome]';
const REWARD = '.help-outcome__reward';
const WALLET_ROUTE = '/#/pages/coupons/index';
const WALLET_READY = ['[data-testid=coupon-card]'];

/** What a preview follows of a bargain or an assist: both views have these fields alike. */
type Subject = Pick<BargainView, 'id' | 'helpsDone' | 'helpsNeeded' | 'endsAt'>;
type Subjects = { bargain?: Subject; assist?: Subject };

/** `beforeExpiry`: steps played after the wallet, before the clock moves past the end. */
export function helpFlowSteps(
  run: PreviewRun,
  config: BargainCampaign | AssistCampaign,
  beforeExpiry: Step[] = [],
): Step[] {
  const flow = FLOWS[config.kind];
  const route = (id: string, token?: string) =>
    `/#/pages/${flow.fn}/index?${flow.idParam}=${id}${token ? `&token=${token}` : ''}`;
  const needed = config.kind === 'bargain' ? config.bargain.helpsNeeded : config.assist.helpsNeeded;
  const halfWay = Math.ceil(needed / 2);
  const helperThanks = config.kind === 'assist' && config.assist.helperRewardTemplateId;
  let subject: Subject | undefined;

  const start = async (persona: string): Promise<Subject> => {
    const started = await run.call<Subjects>(
      flow.fn,
      { action: 'start', campaignId: config.id },
      persona,
    );
    const found = started[flow.fn];
    if (!found) throw new Error(`${flow.fn}.start answered no ${flow.fn}`);
    return found;
  };
  /** Helps through the API, one new person each, until `target` helps are in. */
  const helpUntil = async (target: Subject, count: number): Promise<Subject> => {
    let current = target;
    while (current.helpsDone < count) {
      const helped = await run.call<Subjects>(
        flow.fn,
        { action: 'help', [flow.idParam]: current.id },
        run.newHelper(),
      );
      const next = helped[flow.fn];
      if (!next) throw new Error(`${flow.fn}.help answered no ${flow.fn}`);
      current = next;
    }
    return current;
  };
  const initiatorPage = (ready: string[], then: Parameters<PreviewRun['show']>[3]) => {
    if (!subject) throw new Error(`no ${flow.fn} was started`);
    return run.show(PERSONAS.initiator, route(subject.id), [flow.summary, ...ready], then);
  };

  const steps: Step[] = [
    landingStep(run),
    {
      label: `${flow.fn} just started (initiator)`,
      run: async () => {
        subject = await start(PERSONAS.initiator);
        await initiatorPage(['[data-testid=share-panel]'], (screen) =>
          run.capture(screen, 'started'),
        );
      },
    },
    {
      label: 'friend arrives by the share card and helps',
      run: async () => {
        if (!subject) throw new Error(`no ${flow.fn} was started`);
        const { token } = await run.call<InviteShareResult>(
          'invite',
          { action: 'share', campaignId: config.id, subjectId: subject.id },
          PERSONAS.initiator,
        );
        const ready = [flow.summary, flow.friend, '[data-testid=help-button]'];
        await run.show(PERSONAS.friend, route(subject.id, token), ready, async (screen) => {
          await run.capture(screen, 'friend-view');
          const helped = ['[data-testid=help-result]'];
          if (helperThanks) helped.push('[data-testid=helper-reward]');
          await screen.tap('[data-testid=help-button]', helped);
          await run.capture(screen, 'friend-helped');
        });
        subject = { ...subject, helpsDone: subject.helpsDone + 1 };
      },
    },
  ];
  if (config.kind === 'assist') {
    steps.push({
      label: 'helping friend’s wallet',
      run: async () => {
        if (!helperThanks) {
          run.skip('helper-wallet', '本活动不给助力好友发感谢券 · no thank-you coupon configured');
          return;
        }
        await run.show(PERSONAS.friend, WALLET_ROUTE, WALLET_READY, (screen) =>
          run.capture(screen, 'helper-wallet'),
        );
      },
    });
  }
  steps.push(
    {
      label: `${flow.fn} half way`,
      run: async () => {
        if (!subject) throw new Error(`no ${flow.fn} was started`);
        if (halfWay >= needed) {
          run.skip('half-way', '只需 1 位好友，没有中间状态 · one help completes it');
          return;
        }
        subject = await helpUntil(subject, halfWay);
        await initiatorPage([], (screen) => run.capture(screen, 'half-way'));
      },
    },
    {
      label: `${flow.fn} completed`,
      run: async () => {
        if (!subject) throw new Error(`no ${flow.fn} was started`);
        subject = await helpUntil(subject, needed);
        await initiatorPage([OUTCOME, REWARD], (screen) => run.capture(screen, 'completed'));
      },
    },
    {
      label: 'initiator’s wallet',
      run: () =>
        run.show(PERSONAS.initiator, WALLET_ROUTE, WALLET_READY, (screen) =>
          run.capture(screen, 'wallet'),
        ),
    },
    ...beforeExpiry,
    {
      label: `${flow.fn} expired (host restarted with its clock past the end)`,
      run: async () => {
        // A second initiator, helped once when that leaves it unfinished, then left to lapse.
        let late = await start(PERSONAS.lateInitiator);
        if (needed > 1) late = await helpUntil(late, 1);
        await run.restartHost(Date.parse(late.endsAt) + 60_000 - Date.now());
        await run.show(PERSONAS.lateInitiator, route(late.id), [flow.summary, OUTCOME], (screen) =>
          run.capture(screen, 'expired'),
        );
      },
    },
  );
  return steps;
}
