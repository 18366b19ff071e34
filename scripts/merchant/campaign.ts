// `npm run campaign -- <command>`: a merchant's campaign workflow.
//   check <file>           validate a config and run the WeChat compliance rules (exit 1 on errors)
//   load <file>            check, then load it into the running local host as a draft
//   publish <campaignId>   make a loaded draft live
//   pause <campaignId>     stop new starts and claims (what started goes on); resume undoes it
//   resume <campaignId>    make a paused campaign live again
//   end <campaignId>       end a live or paused campaign for good
//   seed <campaignId> <file>  give an F码 campaign's seed holders their codes (a JSON array of
//                          openids, or one per line); loading the same list again gives no more
//   schema                 regenerate the JSON Schema editors use
// The host is FISSION_HOST (default http://127.0.0.1:$PORT, port 10086); the merchant persona
// is FISSION_MERCHANT (default "merchant", one of the host's FISSION_MERCHANTS).
import fs from 'node:fs';
import path from 'node:path';
import { checkCampaign } from '../../cloudfunctions/domain/compliance/check-campaign';
import type { Finding } from '../../cloudfunctions/domain/compliance/finding';
import { scheduleFindings } from '../../cloudfunctions/domain/compliance/schedule-findings';
import { findingLines } from './finding-lines';
import { jsonErrorMessage } from './json-error';
import { campaignJsonSchema, SCHEMA_FILE } from './campaign-schema';
import { callAsMerchant, host, merchant, NoHostError } from './host-call';

function readConfig(file: string | undefined): unknown {
  if (!file) throw new UsageError('a config file is required');
  const text = readText(file);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(jsonErrorMessage(file, text, error as Error));
  }
}

/** A file's text, or one sentence saying why it cannot be read (never a stack trace). */
function readText(file: string): string {
  try {
    return fs.readFileSync(path.resolve(file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory, not a file'
          : code === 'EACCES'
            ? 'permission denied'
            : (error as Error).message;
    throw new InputError(`cannot read ${file}: ${why}.`);
  }
}

class UsageError extends Error {}
/** A file the merchant named that cannot be used: said in one line, without the usage text. */
class InputError extends Error {}

/** Seed holders' openids: a JSON array, or one per line (blank lines and # comments skipped). */
function readOpenids(file: string): string[] {
  const text = readText(file).trim();
  const list: unknown = text.startsWith('[')
    ? JSON.parse(text)
    : text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('#'));
  if (
    !Array.isArray(list) ||
    list.some((id) => typeof id !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(id))
  )
    throw new UsageError(`${file}: expected openids (letters, digits, _ and -)`);
  if (list.length === 0) throw new UsageError(`${file} lists no openids`);
  return list as string[];
}

/** The checker's findings plus what the dates mean today (a config that already ended). */
function checkNow(raw: unknown) {
  const check = checkCampaign(raw);
  if (!check.config) return check;
  return { ...check, findings: [...check.findings, ...scheduleFindings(check.config, new Date())] };
}

function printFindings(findings: Finding[], malformed = false): void {
  for (const f of findings) for (const line of findingLines(f)) console.log(line);
  const errors = findings.filter((f) => f.severity === 'error').length;
  console.log(`\n${errors} error(s), ${findings.length - errors} warning(s)`);
  if (malformed)
    console.log(
      'The config does not match the contract: its copy was checked, its settings will be once it does.',
    );
}

/** The campaign function's answers unless told otherwise. */
const call = <T = { campaignId: string; status?: string }>(
  event: Record<string, unknown>,
  fn = 'campaign',
) => callAsMerchant<T>(fn, event);

async function main(argv: string[]): Promise<number> {
  const [command, arg] = argv;
  switch (command) {
    case 'check': {
      const check = checkNow(readConfig(arg));
      if (check.findings.length === 0) console.log(`✔ ${arg}: valid and compliant`);
      else printFindings(check.findings, check.config === null);
      return check.ok ? 0 : 1;
    }
    case 'load': {
      const check = checkNow(readConfig(arg));
      if (!check.ok || !check.config) {
        printFindings(check.findings);
        return 1;
      }
      const result = await call({ action: 'save', config: check.config });
      if (!result.ok || !result.data) {
        console.error(`✖ ${result.error?.code}: ${result.error?.message}`);
        return 1;
      }
      if (check.findings.length) printFindings(check.findings);
      console.log(
        result.data.status === 'draft'
          ? `✔ loaded ${result.data.campaignId} as a draft`
          : `✔ updated ${result.data.campaignId} (still ${result.data.status})`,
      );
      console.log(
        `  preview: ${host}/#/pages/landing/index?campaignId=${result.data.campaignId}&preview=1 (as ${merchant})`,
      );
      console.log(`  publish: npm run campaign -- publish ${result.data.campaignId}`);
      return 0;
    }
    case 'publish': {
      if (!arg) throw new UsageError('a campaign id is required');
      const result = await call({ action: 'publish', campaignId: arg });
      if (!result.ok) {
        console.error(`✖ ${result.error?.code}: ${result.error?.message}`);
        return 1;
      }
      console.log(`✔ ${arg} is live`);
      return 0;
    }
    case 'pause':
    case 'resume':
    case 'end': {
      if (!arg) throw new UsageError('a campaign id is required');
      const result = await call({ action: command, campaignId: arg });
      if (!result.ok || !result.data) {
        console.error(`✖ ${result.error?.code}: ${result.error?.message}`);
        return 1;
      }
      console.log(`✔ ${arg} is ${result.data.status}`);
      return 0;
    }
    case 'seed': {
      const file = argv[2];
      if (!arg || !file) throw new UsageError('a campaign id and a file of openids are required');
      const openids = readOpenids(file);
      const result = await call<{ seeded: { openid: string; codes: number }[] }>(
        { action: 'seed', campaignId: arg, openids },
        'fcode',
      );
      if (!result.ok || !result.data) {
        console.error(`✖ ${result.error?.code}: ${result.error?.message}`);
        return 1;
      }
      const given = result.data.seeded.reduce((sum, s) => sum + s.codes, 0);
      for (const s of result.data.seeded) console.log(`  ${s.openid}: ${s.codes} code(s)`);
      const skipped = new Set(openids).size - result.data.seeded.length;
      console.log(
        `✔ ${result.data.seeded.length} seed holder(s) received ${given} code(s)${skipped ? `; ${skipped} already had theirs` : ''}`,
      );
      return 0;
    }
    case 'schema':
      fs.writeFileSync(SCHEMA_FILE, campaignJsonSchema());
      console.log(`✔ wrote ${SCHEMA_FILE}`);
      return 0;
    default:
      throw new UsageError(`unknown command "${command ?? ''}"`);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof InputError) {
      console.error(`✖ ${error.message}`);
      process.exit(2);
    }
    if (error instanceof NoHostError) {
      console.error(`✖ ${error.message}`);
      process.exit(2);
    }
    if (error instanceof UsageError) {
      console.error(
        `✖ ${error.message}\nusage: npm run campaign -- check <file> | load <file> | publish|pause|resume|end <campaignId> | seed <campaignId> <file> | schema`,
      );
      process.exit(2);
    }
    console.error(error);
    process.exit(1);
  },
);
