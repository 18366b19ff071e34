import {
  decideAssistHelp,
  type AssistState,
} from '../../../../cloudfunctions/domain/assist/decide-assist-help';
import { anAssist } from '../../../support/builders/assist';
import { NOW, msAfter } from '../../../support/builders/clock';
import { aHelper, helpLimits } from '../../../support/builders/helper';

describe('decideAssistHelp refusals', () => {
  test.each([
    {
      label: 'the initiator helping themself',
      assist: {},
      helper: { openid: 'o-initiator' },
      settings: {},
      code: 'SELF_HELP',
    },
    {
      label: 'a completed assist',
      assist: { helpsNeeded: 5, helpsDone: 5 },
      helper: {},
      settings: {},
      code: 'CLOSED',
    },
    {
      label: 'an active row at its goal',
      assist: { helpsNeeded: 5, helpsDone: 5, status: 'active' as const },
      helper: {},
      settings: {},
      code: 'CLOSED',
    },
    {
      label: 'an assist stored as expired',
      assist: { status: 'expired' as const },
      helper: {},
      settings: {},
      code: 'EXPIRED',
    },
    {
      label: 'an active assist at its end',
      assist: { endsAt: NOW },
      helper: {},
      settings: {},
      code: 'EXPIRED',
    },
    {
      label: 'a second help by the same friend',
      assist: { helpsDone: 2 },
      helper: { alreadyHelped: true },
      settings: {},
      code: 'ALREADY_HELPED',
    },
    {
      label: 'a returning user in a new-users-only campaign',
      assist: {},
      helper: { isNewToCampaign: false },
      settings: { newUsersOnly: true },
      code: 'NEW_USERS_ONLY',
    },
    {
      label: 'a friend at the daily limit',
      assist: {},
      helper: { helpsToday: 1 },
      settings: { helperDailyLimit: 1 },
      code: 'HELP_LIMIT',
    },
  ])('$label → $code', ({ assist, helper, settings, code }) => {
    const decision = decideAssistHelp({
      assist: anAssist(assist),
      helper: aHelper(helper),
      settings: helpLimits(settings),
      now: NOW,
    });
    expect(decision).toEqual({ ok: false, code });
  });

  test.each([
    {
      label: 'self-help outranks everything',
      assist: { status: 'expired' as const },
      helper: { openid: 'o-initiator', alreadyHelped: true, helpsToday: 9 },
      code: 'SELF_HELP',
    },
    {
      label: 'closed outranks expired',
      assist: { helpsNeeded: 2, helpsDone: 2, endsAt: msAfter(NOW, -1) },
      helper: { alreadyHelped: true },
      code: 'CLOSED',
    },
    {
      label: 'expired outranks already helped',
      assist: { endsAt: msAfter(NOW, -1) },
      helper: { alreadyHelped: true },
      code: 'EXPIRED',
    },
    {
      label: 'already helped outranks new users only',
      assist: {},
      helper: { alreadyHelped: true, isNewToCampaign: false, helpsToday: 9 },
      code: 'ALREADY_HELPED',
    },
    {
      label: 'new users only outranks the daily limit',
      assist: {},
      helper: { isNewToCampaign: false, helpsToday: 9 },
      code: 'NEW_USERS_ONLY',
    },
  ])('precedence: $label', ({ assist, helper, code }) => {
    const decision = decideAssistHelp({
      assist: anAssist(assist),
      helper: aHelper(helper),
      settings: helpLimits({ newUsersOnly: true, helperDailyLimit: 3 }),
      now: NOW,
    });
    expect(decision).toEqual({ ok: false, code });
  });
});

describe('decideAssistHelp progress', () => {
  test.each([
    {
      label: 'the first help',
      helpsNeeded: 5,
      helpsDone: 0,
      expected: { ok: true, newHelpsDone: 1, completes: false },
    },
    {
      label: 'one short of the goal',
      helpsNeeded: 5,
      helpsDone: 3,
      expected: { ok: true, newHelpsDone: 4, completes: false },
    },
    {
      label: 'the help that reaches the goal',
      helpsNeeded: 5,
      helpsDone: 4,
      expected: { ok: true, newHelpsDone: 5, completes: true },
    },
    {
      label: 'a goal of one help',
      helpsNeeded: 1,
      helpsDone: 0,
      expected: { ok: true, newHelpsDone: 1, completes: true },
    },
  ])('$label', ({ helpsNeeded, helpsDone, expected }) => {
    const decision = decideAssistHelp({
      assist: anAssist({ helpsNeeded, helpsDone }),
      helper: aHelper(),
      settings: helpLimits(),
      now: NOW,
    });
    expect(decision).toEqual(expected);
  });

  test('replayed help by help, an assist completes in exactly helpsNeeded helps', () => {
    let assist: AssistState = anAssist({ helpsNeeded: 7 });
    let helps = 0;
    for (;;) {
      const decision = decideAssistHelp({
        assist,
        helper: aHelper({ openid: `o-friend-${helps}` }),
        settings: helpLimits(),
        now: NOW,
      });
      if (!decision.ok) throw new Error(`help ${helps + 1} refused: ${decision.code}`);
      helps += 1;
      assist = {
        ...assist,
        helpsDone: decision.newHelpsDone,
        status: decision.completes ? 'completed' : 'active',
      };
      if (decision.completes) break;
    }
    expect(helps).toBe(7);
    expect(
      decideAssistHelp({
        assist,
        helper: aHelper({ openid: 'o-late' }),
        settings: helpLimits(),
        now: NOW,
      }),
    ).toEqual({ ok: false, code: 'CLOSED' });
  });
});
