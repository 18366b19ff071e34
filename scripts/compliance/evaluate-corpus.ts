import fs from 'node:fs';
import path from 'node:path';
import { checkCopy } from '../../cloudfunctions/domain/compliance/copy/check-copy';
import type { CopyFacts } from '../../cloudfunctions/domain/compliance/copy/copy-facts';
import { COPY_RULES } from '../../cloudfunctions/domain/compliance/copy/copy-rules';
import type { CopyRuleId } from '../../cloudfunctions/domain/compliance/rule-ids';

export const CORPUS_DIR = 'tests/cloudfunctions/domain/compliance/corpus';

/** One labelled phrase: the rules it should trip (none for a compliant look-alike). */
export interface CorpusRow {
  text: string;
  expect: CopyRuleId[];
  /** What the config behind it backs, where that matters; see `corpusFacts`. */
  facts?: Partial<Omit<CopyFacts, 'stock'>> & { stock?: number[] };
  file: string;
}

export interface RuleScore {
  ruleId: CopyRuleId;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  recall: number;
  precision: number;
}

export interface Miss {
  row: CorpusRow;
  got: CopyRuleId[];
  quotes: string[];
}

export interface CorpusScore {
  rows: number;
  violating: number;
  compliant: number;
  rules: RuleScore[];
  overall: { recall: number; precision: number };
  misses: Miss[];
}

export function loadCorpus(root: string): CorpusRow[] {
  const dir = path.join(root, CORPUS_DIR);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((file) =>
      (JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as CorpusRow[]).map((row) => ({
        ...row,
        file,
      })),
    );
}

/** A phrase stands for a paid campaign with no stock, no helper reward and no counts, unless it says otherwise. */
export function corpusFacts(row: CorpusRow): CopyFacts {
  const { stock = [], ...rest } = row.facts ?? {};
  return {
    shopperPays: true,
    helperReward: false,
    randomDisclosed: false,
    ...rest,
    stock: stock.map((count) => ({ count, what: '库存' })),
  };
}

const ratio = (num: number, den: number) => (den === 0 ? 1 : num / den);

/** Runs every row; `convert` lets a different normalisation (e.g. full OpenCC) be compared. */
export function scoreCorpus(
  rows: readonly CorpusRow[],
  convert: (text: string) => string = (t) => t,
): CorpusScore {
  const ids = Object.keys(COPY_RULES) as CopyRuleId[];
  const counts = new Map(ids.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  const misses: Miss[] = [];
  for (const row of rows) {
    const hits = checkCopy(convert(row.text), corpusFacts(row));
    const got = hits.map((h) => h.ruleId);
    for (const id of ids) {
      const c = counts.get(id)!;
      const want = row.expect.includes(id);
      const has = got.includes(id);
      if (want && has) c.tp += 1;
      else if (has) c.fp += 1;
      else if (want) c.fn += 1;
    }
    const same = got.length === row.expect.length && got.every((id) => row.expect.includes(id));
    if (!same) misses.push({ row, got, quotes: hits.map((h) => h.quote) });
  }
  const rules = ids.map((ruleId) => {
    const { tp, fp, fn } = counts.get(ruleId)!;
    return {
      ruleId,
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
      recall: ratio(tp, tp + fn),
      precision: ratio(tp, tp + fp),
    };
  });
  const sum = (key: 'truePositives' | 'falsePositives' | 'falseNegatives') =>
    rules.reduce((n, r) => n + r[key], 0);
  const tp = sum('truePositives');
  return {
    rows: rows.length,
    violating: rows.filter((r) => r.expect.length > 0).length,
    compliant: rows.filter((r) => r.expect.length === 0).length,
    rules,
    overall: {
      recall: ratio(tp, tp + sum('falseNegatives')),
      precision: ratio(tp, tp + sum('falsePositives')),
    },
    misses,
  };
}
