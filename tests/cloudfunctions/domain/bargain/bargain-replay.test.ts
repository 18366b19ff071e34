import {
  decideBargainHelp,
  type BargainState,
} from '../../../../cloudfunctions/domain/bargain/decide-bargain-help';
import { aBargain } from '../../../support/builders/bargain';
import { NOW } from '../../../support/builders/clock';
import { aHelper, helpLimits } from '../../../support/builders/helper';

// Invariant 1: a bargain reaches its floor in exactly the published number of valid helps.
describe('a full bargain replayed help by help', () => {
  test.each([
    {
      label: '9900 → 100, 10 friends, first cut',
      priceFen: 9900,
      floorFen: 100,
      helpsNeeded: 10,
      initiatorFirstCut: true,
    },
    {
      label: '9900 → 100, 10 friends, no first cut',
      priceFen: 9900,
      floorFen: 100,
      helpsNeeded: 10,
      initiatorFirstCut: false,
    },
    {
      label: '1 fen per cut',
      priceFen: 101,
      floorFen: 0,
      helpsNeeded: 100,
      initiatorFirstCut: true,
    },
    { label: 'one friend', priceFen: 500, floorFen: 1, helpsNeeded: 1, initiatorFirstCut: false },
    {
      label: 'a large price',
      priceFen: 1_000_000,
      floorFen: 0,
      helpsNeeded: 100,
      initiatorFirstCut: true,
    },
  ])(
    '$label reaches the floor in exactly helpsNeeded helps',
    ({ priceFen, floorFen, helpsNeeded, initiatorFirstCut }) => {
      let bargain: BargainState = aBargain({
        priceFen,
        floorFen,
        helpsNeeded,
        initiatorFirstCut,
        seed: 'brg_replay',
      });
      const prices: number[] = [];
      const cuts: number[] = [];
      let helps = 0;
      for (;;) {
        const decision = decideBargainHelp({
          bargain,
          helper: aHelper({ openid: `o-friend-${helps}` }),
          settings: helpLimits(),
          now: NOW,
        });
        if (!decision.ok) throw new Error(`help ${helps + 1} refused: ${decision.code}`);
        helps += 1;
        prices.push(decision.newCurrentFen);
        cuts.push(decision.cutFen);
        bargain = {
          ...bargain,
          currentFen: decision.newCurrentFen,
          helpsDone: bargain.helpsDone + 1,
          cutsDone: bargain.cutsDone + 1,
          status: decision.completes ? 'completed' : 'active',
        };
        if (decision.completes) break;
      }
      expect(helps).toBe(helpsNeeded);
      expect(cuts).toEqual(bargain.schedule.slice(initiatorFirstCut ? 1 : 0));
      expect(bargain.currentFen).toBe(floorFen);
      expect(Math.min(...prices)).toBe(floorFen);
      const after = decideBargainHelp({
        bargain,
        helper: aHelper({ openid: 'o-late' }),
        settings: helpLimits(),
        now: NOW,
      });
      expect(after).toEqual({ ok: false, code: 'CLOSED' });
    },
  );
});
