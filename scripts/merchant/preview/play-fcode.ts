import type { FcodeCampaign } from '../../../cloudfunctions/contracts/campaign-config';
import type { FcodeGetResult } from '../../../cloudfunctions/contracts/fcode';
import type { InviteShareResult } from '../../../cloudfunctions/contracts/invite';
import { landingStep } from './play-landing';
import { PERSONAS, type PreviewRun, type Step } from './preview-run';

const DAY_MS = 86_400_000;

function fcodeRoute(query: string): string {
  return `/#/pages/fcode/index?${query}`;
}

/**
 * F码: the merchant seeds the initiator, whose page lists their codes with a share card and a
 * poster; a friend opens one by its card and accepts it; a later friend finds it taken and
 * joins the waitlist behind someone who joined first; the rest of the batch is seeded to
 * API-only holders until it is given out in full; then the host's clock moves past the time to
 * hand codes on, and the first in line is promoted and told.
 */
export function fcodeSteps(run: PreviewRun, config: FcodeCampaign): Step[] {
  const id = encodeURIComponent(config.id);
  let code: string | undefined;
  let token: string | undefined;
  const shared = () => {
    if (!code) throw new Error('the seed holder received no code');
    return fcodeRoute(`code=${code}${token ? `&token=${token}` : ''}`);
  };
  const view = async (persona: string) =>
    (await run.call<FcodeGetResult>('fcode', { action: 'get', campaignId: config.id }, persona))
      .fcode;
  const seed = (openids: string[]) =>
    run.call('fcode', { action: 'seed', campaignId: config.id, openids }, PERSONAS.merchant);

  return [
    landingStep(run),
    {
      label: 'seed holder with codes, share card and poster',
      run: async () => {
        await seed([PERSONAS.initiator]);
        const mine = await view(PERSONAS.initiator);
        code = mine.viewer.holding.find((c) => c.status === 'held')?.code;
        if (!code) {
          run.skip('fcode-holder', 'the first batch goes to the waitlist: no seed holder codes');
          return;
        }
        ({ token } = await run.call<InviteShareResult>(
          'invite',
          { action: 'share', campaignId: config.id },
          PERSONAS.initiator,
        ));
        const ready = ['[data-testid=fcode-holding]', '[data-testid=share-panel]'];
        await run.show(
          PERSONAS.initiator,
          fcodeRoute(`campaignId=${id}`),
          ready,
          async (screen) => {
            await screen.tap('[data-testid=poster-toggle]', ['[data-testid=invite-poster]']);
            await run.capture(screen, 'fcode-holder', { full: true });
          },
        );
      },
    },
    {
      label: 'friend opens the shared code and accepts it',
      run: async () => {
        if (!code) {
          run.skip('fcode-friend', 'no code was handed out');
          run.skip('fcode-accepted', 'no code was handed out');
          return;
        }
        await run.show(
          PERSONAS.friend,
          shared(),
          ['[data-testid=fcode-accept]'],
          async (screen) => {
            await run.capture(screen, 'fcode-friend');
            await screen.tap('[data-testid=fcode-accept]', ['[data-testid=fcode-mine]']);
            await run.capture(screen, 'fcode-accepted');
          },
        );
      },
    },
    {
      label: 'a later friend finds the code taken and joins the waitlist',
      run: async () => {
        // Someone joined before, so the place shown is a real "N ahead".
        await run.call('fcode', { action: 'join', campaignId: config.id }, PERSONAS.lateInitiator);
        if (!code) {
          run.skip('fcode-taken', 'no code was handed out');
          await run.show(
            PERSONAS.visitor,
            fcodeRoute(`campaignId=${id}`),
            ['[data-testid=fcode-join]'],
            async (screen) => {
              await screen.tap('[data-testid=fcode-join]', [
                '[data-testid=fcode-waitlist-position]',
              ]);
              await run.capture(screen, 'fcode-waitlisted');
            },
          );
          return;
        }
        await run.show(
          PERSONAS.visitor,
          shared(),
          ['[data-testid=fcode-friend-state]'],
          async (screen) => {
            await run.capture(screen, 'fcode-taken');
            await screen.tap('[data-testid=fcode-join]', ['[data-testid=fcode-waitlist-position]']);
            await run.capture(screen, 'fcode-waitlisted');
          },
        );
      },
    },
    {
      label: 'the batch given out in full',
      run: async () => {
        const { current } = await view(PERSONAS.merchant);
        if (!current) {
          run.skip('fcode-soldout', 'no batch is released yet');
          return;
        }
        // API-only holders take the rest of the batch, as more seed holders would.
        const left = current.size - current.givenOut;
        const holders = Array.from({ length: Math.ceil(left / config.fcode.codesPerSeed) }, () =>
          run.newHelper(),
        );
        for (let i = 0; i < holders.length; i += 500) await seed(holders.slice(i, i + 500));
        const after = await view(PERSONAS.merchant);
        if ((after.current?.givenOut ?? 0) < (after.current?.size ?? 0)) {
          run.skip('fcode-soldout', 'the batch is not for seed holders: it waits for the waitlist');
          return;
        }
        // Someone without codes of their own: the demo seeds u1 and u5.
        await run.show(
          PERSONAS.latePacketFriend,
          fcodeRoute(`campaignId=${id}`),
          ['[data-testid=fcode-batch-soldout]'],
          (screen) => run.capture(screen, 'fcode-soldout'),
        );
      },
    },
    {
      label: 'codes not handed on in time go to the waitlist: the first in line is promoted',
      run: async () => {
        // Past every code's time to be handed on: all were given out before the host's now.
        const { serverNow } = await view(PERSONAS.merchant);
        await run.restartHost(
          Date.parse(serverNow) + config.fcode.holdDays * DAY_MS + 60_000 - Date.now(),
        );
        await run.show(
          PERSONAS.lateInitiator,
          fcodeRoute(`campaignId=${id}`),
          ['[data-testid=fcode-waitlist-promoted]'],
          (screen) => run.capture(screen, 'fcode-promoted', { full: true }),
        );
      },
    },
  ];
}
