import path from 'node:path';
import { loadCorpus, scoreCorpus } from '../../../../scripts/compliance/evaluate-corpus';
import { COPY_RULES } from '../../../../cloudfunctions/domain/compliance/copy/copy-rules';

const root = path.resolve(__dirname, '../../../..');
const rows = loadCorpus(root);
const TARGET = 0.98;

describe('the labelled corpus (npm run compliance:eval prints the detail)', () => {
  test('holds at least 300 phrases: 150 violating and 150 compliant look-alikes', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(rows.filter((r) => r.expect.length > 0).length).toBeGreaterThanOrEqual(150);
    expect(rows.filter((r) => r.expect.length === 0).length).toBeGreaterThanOrEqual(150);
  });

  test('every copy rule has violating rows, and every label names a rule', () => {
    const ids = Object.keys(COPY_RULES);
    for (const id of ids) {
      expect(rows.filter((r) => r.expect.includes(id as never)).length).toBeGreaterThanOrEqual(5);
    }
    for (const row of rows) for (const id of row.expect) expect(ids).toContain(id);
  });

  test(`overall recall and precision are at least ${TARGET * 100} %`, () => {
    const score = scoreCorpus(rows);
    const misses = score.misses.map((m) => `${m.row.text} → ${m.got.join(',') || 'none'}`);
    expect({ ...score.overall, misses }).toEqual({
      recall: expect.any(Number),
      precision: expect.any(Number),
      misses: expect.any(Array),
    });
    expect(score.overall.recall).toBeGreaterThanOrEqual(TARGET);
    expect(score.overall.precision).toBeGreaterThanOrEqual(TARGET);
  });

  test('no single rule falls below 90 % recall or precision', () => {
    for (const rule of scoreCorpus(rows).rules) {
      expect({ rule: rule.ruleId, ok: rule.recall >= 0.9 && rule.precision >= 0.9 }).toEqual({
        rule: rule.ruleId,
        ok: true,
      });
    }
  });

  test('the score counts a miss and a false alarm (the measure itself can fail)', () => {
    const score = scoreCorpus([
      { text: '分享到3个群即可领取', expect: [], file: 't' },
      { text: '满200元减30元', expect: ['copy-false-free'], file: 't' },
    ]);
    expect(score.overall).toEqual({ recall: 0, precision: 0 });
    expect(score.misses).toHaveLength(2);
  });
});
