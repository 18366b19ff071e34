/**
 * The README's table of functions and actions against what the registry really serves: every
 * action of every function is listed in its function's row, merchant-only ones after
 * "merchant:". The actions are read from the functions themselves (an unknown action names the
 * known ones; a shopper calling a merchant action is refused before anything runs), so the
 * table cannot drift from the code, however the handlers are written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { functionHandlers } from '../../../cloudfunctions/functions/registry';
import type { Deps } from '../../../cloudfunctions/usecases/deps';

const readme = fs.readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');
const shopper = { openid: 'u1', role: 'shopper' as const };
// Nothing past the role check may touch these: a use case that did would fail, not pass.
const deps = {} as Deps;

type Name = keyof typeof functionHandlers;
const names = Object.keys(functionHandlers) as Name[];

async function actionsOf(name: Name): Promise<string[]> {
  const result = await functionHandlers[name]({ action: '__none__' }, shopper, deps);
  const known = !result.ok && /\(known: ([^)]*)\)/.exec(result.error.message)?.[1];
  if (!known) throw new Error(`${name} did not name its actions: ${JSON.stringify(result)}`);
  return known.split(', ');
}

async function merchantOnly(name: Name, action: string): Promise<boolean> {
  const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    const result = await functionHandlers[name]({ action }, shopper, deps);
    return !result.ok && result.error.code === 'FORBIDDEN';
  } finally {
    quiet.mockRestore();
  }
}

/** A function's row in the README's table, split at "merchant:". */
function rowOf(name: string): { shoppers: string; merchants: string } | null {
  const line = readme.split('\n').find((l) => l.startsWith(`| \`${name}\``));
  if (!line) return null;
  const cell = line.split(' | ')[1] ?? '';
  const [shoppers = '', merchants = ''] = cell.split('merchant:');
  return { shoppers, merchants };
}

const mentions = (text: string, action: string) => new RegExp(`\`${action}[\` ]`).test(text);

describe('README: every function and action', () => {
  test('the registry serves the functions the table lists first', () => {
    for (const name of names) expect(rowOf(name)).not.toBeNull();
  });

  test.each(names)('%s: every action in its row, merchant ones after "merchant:"', async (name) => {
    const row = rowOf(name)!;
    const missing: string[] = [];
    for (const action of await actionsOf(name)) {
      const merchant = await merchantOnly(name, action);
      if (!mentions(merchant ? row.merchants : row.shoppers, action))
        missing.push(`${action}${merchant ? ' (merchant)' : ''}`);
    }
    expect(missing).toEqual([]);
  });
});
