import { helpStatusAt } from '../../../../cloudfunctions/domain/help/help-status-at';
import {
  decideBargainHelp,
  type BargainState,
} from '../../../../cloudfunctions/domain/bargain/decide-bargain-help';
import { HELP_REFUSAL_PRECEDENCE } from '../../../../cloudfunctions/domain/help/help-refusal';
import { aBargain } from '../../../support/builders/bargain';
import { NOW, at, msAfter } from '../../../support/builders/clock';
import { aHelper, helpLimits } from '../../../support/builders/helper';

const ENDS_AT = at('2025-03-02T10:00:00.000+08:00');

describe('decideBargainHelp refusals', () => {
  test.each([
    {
      label: 'the initiator helping themself',
      bargain: {},
      helper: { openid: 'o-initiator' },
      settings: {},
      code: 'SELF_HELP',
    },
    {
      label: 'a completed bargain',
      bargain: { helpsDone: 10 },
      helper: {},
      settings: {},
      code: 'CLOSED',
    },
    {
      label: 'an active row whose helps are all done',
      bargain: { helpsDone: 10, status: 'active' as const },
      helper: {},
      settings: {},
      code: 'CLOSED',
    },
    {
      label: 'a bargain stored as expired',
      bargain: { status: 'expired' as const },
      helper: {},
      settings: {},
      code: 'EXPIRED',
    },
    {
      label: 'an active bargain past its end',
      bargain: { endsAt: msAfter(NOW, -1) },
      helper: {},
      settings: {},
      code: 'EXPIRED',
    },
    {
      label: 'a second help by the same friend',
      bargain: { helpsDone: 3 },
      helper: { alreadyHelped: true },
      settings: {},
      code: 'ALREADY_HELPED',
    },
    {
      label: 'a returning user in a new-users-only campaign',
      bargain: {},
      helper: { isNewToCampaign: false },
      settings: { newUsersOnly: true },
      code: 'NEW_USERS_ONLY',
    },
    {
      label: 'a friend at the daily limit',
      bargain: {},
      helper: { helpsToday: 3 },
      settings: { helperDailyLimit: 3 },
      code: 'HELP_LIMIT',
    },
    {
      label: 'a friend past the daily limit',
      bargain: {},
      helper: { helpsToday: 5 },
      settings: { helperDailyLimit: 3 },
      code: 'HELP_LIMIT',
    },
  ])('$label → $code', ({ bargain, helper, settings, code }) => {
    const decision = decideBargainHelp({
      bargain: aBargain(bargain),
      helper: aHelper(helper),
      settings: helpLimits(settings),
      now: NOW,
    });
    expect(decision).toEqual({ ok: false, code });
  });

  test.each([
    {
      label: 'a returning user when the campaign is open to all',
      helper: { isNewToCampaign: false },
      settings: {},
    },
    {
      label: 'one help below the daily limit',
      helper: { helpsToday: 2 },
      settings: { helperDailyLimit: 3 },
    },
    {
      label: 'a new user in a new-users-only campaign',
      helper: {},
      settings: { newUsersOnly: true },
    },
  ])('allows $label', ({ helper, settings }) => {
    const decision = decideBargainHelp({
      bargain: aBargain(),
      helper: aHelper(helper),
      settings: helpLimits(settings),
      now: NOW,
    });
    expect(decision.ok).toBe(true);
  });
});

describe('decideBargainHelp refusal precedence', () => {
  // Every reason to refuse holds at once; removing them one by one in precedence order
  // must reveal each code in turn.
  const everything = {
    bargain: aBargain({ status: 'completed', helpsDone: 10, endsAt: msAfter(NOW, -1) }),
    helper: aHelper({
      openid: 'o-initiator',
      alreadyHelped: true,
      isNewToCampaign: false,
      helpsToday: 3,
    }),
    settings: helpLimits({ newUsersOnly: true, helperDailyLimit: 3 }),
  };
  const fixes = [
    (f: typeof everything) => ({ ...f, helper: { ...f.helper, openid: 'o-friend' } }),
    (f: typeof everything) => ({
      ...f,
      bargain: aBargain({ endsAt: f.bargain.endsAt, helpsDone: 3 }),
    }),
    (f: typeof everything) => ({ ...f, bargain: { ...f.bargain, endsAt: ENDS_AT } }),
    (f: typeof everything) => ({ ...f, helper: { ...f.helper, alreadyHelped: false } }),
    (f: typeof everything) => ({ ...f, helper: { ...f.helper, isNewToCampaign: true } }),
    (f: typeof everything) => ({ ...f, helper: { ...f.helper, helpsToday: 0 } }),
  ];

  test('is SELF_HELP, CLOSED, EXPIRED, ALREADY_HELPED, NEW_USERS_ONLY, HELP_LIMIT', () => {
    expect(HELP_REFUSAL_PRECEDENCE).toEqual([
      'SELF_HELP',
      'CLOSED',
      'EXPIRED',
      'ALREADY_HELPED',
      'NEW_USERS_ONLY',
      'HELP_LIMIT',
    ]);
  });

  test('each refusal shows only once every earlier one is fixed', () => {
    let facts = everything;
    const seen: unknown[] = [];
    for (const fix of fixes) {
      const decision = decideBargainHelp({ ...facts, now: NOW });
      seen.push(decision.ok ? 'ok' : decision.code);
      facts = fix(facts);
    }
    seen.push(decideBargainHelp({ ...facts, now: NOW }).ok ? 'ok' : 'refused');
    expect(seen).toEqual([...HELP_REFUSAL_PRECEDENCE, 'ok']);
  });
});

describe('decideBargainHelp at the end of the window', () => {
  test.each([
    { label: '1 ms before endsAt', now: msAfter(ENDS_AT, -1), expected: 'active' },
    { label: 'exactly at endsAt', now: ENDS_AT, expected: 'expired' },
    { label: '1 ms after endsAt', now: msAfter(ENDS_AT, 1), expected: 'expired' },
  ])('$label the bargain is $expected', ({ now, expected }) => {
    const bargain = aBargain({ endsAt: ENDS_AT });
    const decision = decideBargainHelp({ bargain, helper: aHelper(), settings: helpLimits(), now });
    expect(helpStatusAt(bargain, now)).toBe(expected);
    expect(decision.ok ? 'active' : decision.code).toBe(
      expected === 'active' ? 'active' : 'EXPIRED',
    );
  });
});

describe('decideBargainHelp cuts', () => {
  test('a help takes the next scheduled cut off the current price', () => {
    const bargain = aBargain({ helpsDone: 4 });
    const decision = decideBargainHelp({
      bargain,
      helper: aHelper(),
      settings: helpLimits(),
      now: NOW,
    });
    expect(decision).toEqual({
      ok: true,
      cutFen: bargain.schedule[5],
      newCurrentFen: bargain.currentFen - bargain.schedule[5]!,
      completes: false,
    });
  });

  test('the last help completes the bargain exactly at the floor', () => {
    const bargain = aBargain({ helpsNeeded: 10, helpsDone: 9, floorFen: 100 });
    const decision = decideBargainHelp({
      bargain,
      helper: aHelper(),
      settings: helpLimits(),
      now: NOW,
    });
    expect(decision).toMatchObject({ ok: true, newCurrentFen: 100, completes: true });
  });

  test.each([
    {
      label: 'a price that would drop below the floor',
      helpsDone: 8,
      change: () => ({ currentFen: 150 }),
    },
    { label: 'more cuts than the schedule holds', helpsDone: 8, change: () => ({ cutsDone: 11 }) },
    {
      label: 'a last help that misses the floor',
      helpsDone: 9,
      change: () => ({ currentFen: 9000 }),
    },
    {
      label: 'a floor reached before the last help',
      helpsDone: 8,
      change: (b: BargainState) => ({ currentFen: b.floorFen + b.schedule[b.cutsDone]! }),
    },
  ])('throws on a state that disagrees with its schedule: $label', ({ helpsDone, change }) => {
    const built = aBargain({ helpsNeeded: 10, helpsDone });
    const bargain = { ...built, ...change(built) };
    expect(() =>
      decideBargainHelp({ bargain, helper: aHelper(), settings: helpLimits(), now: NOW }),
    ).toThrow(/disagrees with its schedule/);
  });
});
