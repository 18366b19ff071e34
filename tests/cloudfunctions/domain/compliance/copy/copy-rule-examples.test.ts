import { checkCopy } from '../../../../../cloudfunctions/domain/compliance/copy/check-copy';
import type { CopyFacts } from '../../../../../cloudfunctions/domain/compliance/copy/copy-facts';
import { COPY_RULES } from '../../../../../cloudfunctions/domain/compliance/copy/copy-rules';
import { COPY_RULE_EXAMPLES } from '../../../../../cloudfunctions/domain/compliance/copy/copy-rule-examples';
import type { CopyRuleId } from '../../../../../cloudfunctions/domain/compliance/rule-ids';

const paidCampaign: CopyFacts = {
  shopperPays: true,
  stock: [],
  helperReward: false,
  randomDisclosed: false,
};

const rows = (Object.keys(COPY_RULES) as CopyRuleId[]).flatMap((ruleId) => {
  const examples = COPY_RULE_EXAMPLES[ruleId];
  const facts = { ...paidCampaign, ...examples.facts };
  return [
    ...examples.catches.map((text) => ({ ruleId, text, facts, caught: true })),
    ...examples.passes.map((text) => ({ ruleId, text, facts, caught: false })),
  ];
});

describe('each copy rule’s documented examples (listed in the README)', () => {
  test.each(rows)('$ruleId: “$text” caught=$caught', ({ ruleId, text, facts, caught }) => {
    const ids = checkCopy(text, facts).map((h) => h.ruleId);
    if (caught) expect(ids).toContain(ruleId);
    else expect(ids).toEqual([]);
  });
});

describe('checkCopy', () => {
  test('quotes the original characters, with their offsets', () => {
    const text = '【福利】轉發 🔥 到三個群，就送禮品';
    const [hit] = checkCopy(text, paidCampaign);
    expect(hit).toEqual({
      ruleId: 'copy-demands-sharing',
      quote: '轉發 🔥 到三個群，就送禮',
      start: 4,
      end: 4 + '轉發 🔥 到三個群，就送禮'.length,
    });
    expect(text.slice(hit!.start, hit!.end)).toBe(hit!.quote);
  });

  test('a share in one sentence and a gift in the next are two ideas', () => {
    expect(checkCopy('欢迎分享给好友。到店即送饮品一杯', paidCampaign)).toEqual([]);
  });

  test('the nearest share decides: 想分享就分享，不分享也照样送', () => {
    expect(checkCopy('想分享就分享，不分享也照样送', paidCampaign)).toEqual([]);
    expect(checkCopy('不分享也照样送，分享就多送一份', paidCampaign).map((h) => h.ruleId)).toEqual([
      'copy-demands-sharing',
    ]);
  });

  test('a more specific finding replaces the general one in the same sentence', () => {
    expect(checkCopy('转发到群里才能看完整视频', paidCampaign).map((h) => h.ruleId)).toEqual([
      'copy-share-to-unlock',
    ]);
  });

  test('a disclosure in another text the shopper reads makes a random claim honest', () => {
    expect(checkCopy('拼手气红包', paidCampaign, ['共 6 张，每张 ¥2–¥20 随机'])).toEqual([]);
    expect(checkCopy('拼手气红包', { ...paidCampaign, randomDisclosed: true })).toEqual([]);
  });
});
