// `npm run compliance:table`: regenerates the traditional → simplified table after the
// lexicon (cloudfunctions/domain/compliance/concepts/) gains characters.
import fs from 'node:fs';
import path from 'node:path';
import { TABLE_FILE, t2sPairs, t2sTableSource } from './t2s-table-data';

const root = process.cwd();
const pairs = t2sPairs();
fs.writeFileSync(path.join(root, TABLE_FILE), t2sTableSource(pairs));
console.log(`✔ wrote ${TABLE_FILE}: ${pairs.length} characters`);
