// `npm run compliance:eval`: recall and precision of every copy rule on the labelled corpus
// (tests/cloudfunctions/domain/compliance/corpus/), the misses, and the same run with the
// full OpenCC converter in place of the compact table, to show the table loses nothing.
import * as OpenCC from 'opencc-js';
import { loadCorpus, scoreCorpus, type CorpusScore } from './evaluate-corpus';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);

function print(score: CorpusScore): void {
  console.log(
    `${score.rows} phrases: ${score.violating} violating, ${score.compliant} compliant look-alikes\n`,
  );
  console.log(
    `${'rule'.padEnd(30)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)}  recall  precision`,
  );
  for (const r of score.rules) {
    console.log(
      `${r.ruleId.padEnd(30)} ${String(r.truePositives).padStart(4)} ${String(r.falsePositives).padStart(4)} ${String(r.falseNegatives).padStart(4)} ${pct(r.recall)} ${pct(r.precision)}`,
    );
  }
  console.log(
    `${'overall'.padEnd(45)} ${pct(score.overall.recall)} ${pct(score.overall.precision)}\n`,
  );
  if (score.misses.length === 0) console.log('no misses');
  for (const m of score.misses) {
    const want = m.row.expect.join(', ') || 'none';
    const got = m.got.map((id, i) => `${id} “${m.quotes[i]}”`).join(', ') || 'none';
    console.log(`✖ ${m.row.text}\n    expected ${want}; got ${got}   (${m.row.file})`);
  }
}

const rows = loadCorpus(process.cwd());
const score = scoreCorpus(rows);
print(score);

// The compact table against the whole of OpenCC (phrases and regional variants).
const opencc = OpenCC.Converter({ from: 'tw', to: 'cn' });
const full = scoreCorpus(rows, (text) => opencc(text));
const sameMisses = full.misses.length === score.misses.length;
console.log(
  `\nwith full OpenCC instead of the compact table: recall ${pct(full.overall.recall).trim()}, precision ${pct(full.overall.precision).trim()}, ${full.misses.length} misses${sameMisses ? ' (the same count)' : ''}`,
);
const target = 0.98;
const ok = score.overall.recall >= target && score.overall.precision >= target;
process.exit(ok ? 0 : 1);
