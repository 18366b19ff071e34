import { bargainPlan } from '../../../../cloudfunctions/domain/bargain/bargain-plan';
import { cutSchedule } from '../../../../cloudfunctions/domain/bargain/cut-schedule';
import { bargainSettings } from '../../../support/builders/bargain';

describe('bargainPlan', () => {
  test.each([
    { label: 'with an initiator first cut', initiatorFirstCut: true, helpsNeeded: 10, length: 11 },
    { label: 'without one', initiatorFirstCut: false, helpsNeeded: 10, length: 10 },
    { label: 'one friend and a first cut', initiatorFirstCut: true, helpsNeeded: 1, length: 2 },
    { label: 'one friend, no first cut', initiatorFirstCut: false, helpsNeeded: 1, length: 1 },
  ])(
    'schedules helpsNeeded friends plus the first cut: $label',
    ({ initiatorFirstCut, helpsNeeded, length }) => {
      const plan = bargainPlan(bargainSettings({ initiatorFirstCut, helpsNeeded }), 'brg_a');
      expect(plan.schedule).toHaveLength(length);
    },
  );

  test('the initiator takes the first, largest cut and the bargain starts below the price', () => {
    const settings = bargainSettings({ priceFen: 9900, floorFen: 100, helpsNeeded: 10 });
    const plan = bargainPlan(settings, 'brg_a');
    expect(plan.initiatorCutFen).toBe(plan.schedule[0]);
    expect(plan.initiatorCutFen).toBe(Math.max(...plan.schedule));
    expect(plan.currentFen).toBe(9900 - plan.schedule[0]!);
    expect(plan.cutsDone).toBe(1);
  });

  test('without a first cut the bargain starts at the price with nothing cut', () => {
    const plan = bargainPlan(bargainSettings({ initiatorFirstCut: false }), 'brg_a');
    expect(plan).toMatchObject({ initiatorCutFen: null, currentFen: 9900, cutsDone: 0 });
  });

  test('uses the cut schedule for the same seed, so it can be recomputed', () => {
    const settings = bargainSettings({ priceFen: 5000, floorFen: 0, helpsNeeded: 7 });
    expect(bargainPlan(settings, 'brg_x').schedule).toEqual(
      cutSchedule({ priceFen: 5000, floorFen: 0, cuts: 8, seed: 'brg_x' }),
    );
  });

  test('the tightest valid settings cut 1 fen at a time', () => {
    const settings = bargainSettings({ priceFen: 11, floorFen: 0, helpsNeeded: 10 });
    expect(bargainPlan(settings, 'brg_a')).toEqual({
      schedule: Array(11).fill(1),
      initiatorCutFen: 1,
      currentFen: 10,
      cutsDone: 1,
    });
  });
});
