import fs from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { TABLE_FILE, t2sPairs, t2sTableSource } from '../../../scripts/compliance/t2s-table-data';
import { normalizeText } from '../../../cloudfunctions/domain/compliance/text/normalize-text';
import { loadCorpus } from '../../../scripts/compliance/evaluate-corpus';

const root = path.resolve(__dirname, '../../..');

describe('the traditional → simplified table', () => {
  test('is the one OpenCC generates for the lexicon (run `npm run compliance:table`)', () => {
    expect(fs.readFileSync(path.join(root, TABLE_FILE), 'utf8')).toBe(t2sTableSource(t2sPairs()));
  });

  test('agrees with full OpenCC on every lexicon character of every corpus phrase', () => {
    const opencc = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const wanted = new Set(t2sPairs().map(([, s]) => s));
    for (const { text } of loadCorpus(root)) {
      const ours = [...normalizeText(text).text];
      const theirs = [...normalizeText(opencc(text)).text];
      expect(ours.length).toBe(theirs.length);
      ours.forEach((ch, i) => {
        if (wanted.has(theirs[i]!)) expect(ch).toBe(theirs[i]);
      });
    }
  });
});
