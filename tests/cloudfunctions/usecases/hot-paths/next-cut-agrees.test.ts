/**
 * bargain.help's one statement takes the bargain's next cut in SQL (`schedule[cuts_done + 1]`,
 * completing on the last of `helps_needed`), whoever came first; the rule itself is the
 * domain's decideBargainHelp (nextCut). They must agree on every step of every bargain shape:
 * each help here is predicted by the domain from the row as it stood, then made through the
 * function, and the two compared — cut, price after, completion.
 */
import { decideBargainHelp } from '../../../../cloudfunctions/domain/bargain/decide-bargain-help';
import type { BargainRow } from '../../../../cloudfunctions/usecases/bargain/bargain-row';
import { aBargainCampaign } from '../../../support/builders/campaign-config';
import { useHarness } from '../../../support/harness';
import { storeKinds } from '../../../support/stores';

describe.each(storeKinds())('the next cut in SQL agrees with decideBargainHelp on %s', (kind) => {
  const h = useHarness(kind);

  test.each([
    { label: 'one help', helpsNeeded: 1, initiatorFirstCut: false, priceFen: 500 },
    { label: 'two helps', helpsNeeded: 2, initiatorFirstCut: false, priceFen: 1_000 },
    {
      label: 'ten helps, the initiator cutting first',
      helpsNeeded: 10,
      initiatorFirstCut: true,
      priceFen: 9_900,
    },
    {
      label: 'the smallest cuts (1 fen each)',
      helpsNeeded: 7,
      initiatorFirstCut: false,
      priceFen: 107,
    },
    {
      label: 'twenty-five helps from a large price',
      helpsNeeded: 25,
      initiatorFirstCut: true,
      priceFen: 1_234_567,
    },
  ])('$label', async ({ helpsNeeded, initiatorFirstCut, priceFen }) => {
    const c = await h.save(
      aBargainCampaign({ helpsNeeded, initiatorFirstCut, priceFen, helperDailyLimit: 5 }),
    );
    const { bargain } = await h.ok<{ bargain: { id: string } }>(
      'bargain',
      { action: 'start', campaignId: c.id },
      'initiator',
    );
    const row = async () =>
      (await h.store.query<BargainRow>('select * from bargain where id = $1', [bargain.id]))[0]!;
    for (let i = 1; i <= helpsNeeded; i += 1) {
      const before = await row();
      const helper = {
        openid: `h${i}`,
        isNewToCampaign: true,
        helpsToday: 0,
        alreadyHelped: false,
      };
      const predicted = decideBargainHelp({
        bargain: {
          initiatorOpenid: before.initiator_openid,
          status: before.status,
          endsAt: before.ends_at,
          helpsDone: before.helps_done,
          helpsNeeded: before.helps_needed,
          currentFen: before.current_fen,
          floorFen: before.floor_fen,
          schedule: before.schedule,
          cutsDone: before.cuts_done,
        },
        helper,
        settings: { newUsersOnly: false, helperDailyLimit: 5 },
        now: h.clock.now(),
      });
      if (!predicted.ok) throw new Error(`the domain refused help ${i}: ${predicted.code}`);
      const made = await h.ok<{ cutFen: number }>(
        'bargain',
        { action: 'help', bargainId: bargain.id },
        `h${i}`,
      );
      const after = await row();
      expect({
        cutFen: made.cutFen,
        currentFen: after.current_fen,
        completed: after.status === 'completed',
      }).toEqual({
        cutFen: predicted.cutFen,
        currentFen: predicted.newCurrentFen,
        completed: predicted.completes,
      });
    }
  });
});
