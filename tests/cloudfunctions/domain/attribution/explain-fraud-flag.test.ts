import { explainFraudFlag } from '../../../../cloudfunctions/domain/attribution/explain-fraud-flag';
import { evaluateFraud } from '../../../../cloudfunctions/domain/attribution/fraud-rules';
import {
  aHelpedEvent,
  anAttributedEvent,
  attributionsAgo,
  fraudHistory,
  minutes,
} from '../../../support/builders/fraud';

// Stored as credit-conversion.ts stores it: "<type>: <reason>".
const stored = (flags: { type: string; reason: string }[]) =>
  flags.map((f) => `${f.type}: ${f.reason}`);

describe('explainFraudFlag: what the rule saw, as the merchant reads it', () => {
  test('同一 IP: the people and the window, from what the rule really stored', () => {
    const flags = evaluateFraud(
      anAttributedEvent(),
      fraudHistory({ sharerAttributions: attributionsAgo([minutes(5), minutes(10)]) }),
    );
    expect(stored(flags).map(explainFraudFlag)).toContainEqual({
      rule: '同一 IP 多人到访',
      reason: '60 分钟内同一 IP 来了 3 位新用户',
    });
  });

  test('只助力: the helps, from what the rule really stored', () => {
    const flags = evaluateFraud(aHelpedEvent(), fraudHistory({ inviteeActivity: { helps: 4 } }));
    expect(stored(flags).map(explainFraudFlag)).toEqual([
      { rule: '只助力不参与', reason: '助力 4 次，没有其他浏览、发起或下单' },
    ]);
  });

  test('短时间大量到访: the arrivals and the window', () => {
    expect(explainFraudFlag('arrival-burst: 25 arrivals within 10 minutes')).toEqual({
      rule: '短时间大量到访',
      reason: '10 分钟内来了 25 位新用户',
    });
  });

  test.each([
    {
      label: 'a rule this code does not know keeps its own words',
      flag: 'new-rule: odd pattern',
      expected: { rule: 'new-rule', reason: 'odd pattern' },
    },
    {
      label: 'a known rule in an older wording keeps its name and the stored reason',
      flag: 'helper-only: many helps',
      expected: { rule: '只助力不参与', reason: 'many helps' },
    },
    { label: 'no reason at all', flag: 'odd', expected: { rule: 'odd', reason: '' } },
  ])('$label', ({ flag, expected }) => {
    expect(explainFraudFlag(flag)).toEqual(expected);
  });
});
