// `npm run preview -- <file> [--out <dir>] [--no-simulator]`: every page state of a campaign, as
// a merchant will see it on a phone, before it goes live.
//
// Checks the config (findings printed; exit 1 on errors, before anything starts), makes sure
// the H5 and weapp builds are current, starts the local host on a temporary PGlite data dir,
// loads and publishes the campaign as the merchant, then plays personas through it — the
// initiator or group leader (u1), a visitor (u2), a friend arriving by the share card or the
// poster's code (u3), a second initiator (u4), and as many API-only helpers and buyers as the
// campaign needs — capturing each state in Debian's chromium at phone size (375×667 @2×).
// Payments go through the host's stand-in checkout (POST /dev/checkout). A campaign with
// `packet` also plays its fission coupons: the buyer (u1) shares a packet from their order, a
// friend (u5) claims from it, API-only friends claim the rest, a later friend (u6) finds it
// empty (see preview/play-packet.ts). The expired state restarts the host on the same data dir
// with FISSION_CLOCK_OFFSET_MS past the end, so it comes last. A campaign outside its window is
// played as of its start (see preview/preview-instant.ts).
//
// Then the simulator preview: tests/simulator/preview-parity.test.ts renders the landing page
// of the weapp build in miniprogram-simulate (it needs jest's jsdom, hence a jest child
// process), opened with the browser's query and fed the very answers the browser got (recorded
// in states.json), and compares its text lines with the browser's using the same extraction
// (preview/extract-text-lines.ts). For a group buy that is the friend's landing, with the group
// under the offer. A difference is reported, not fatal: the pictures are still right, the
// WeChat build is not.
//
// Output (default preview-out/<campaignId>-<timestamp>/, git-ignored): one PNG per state,
// states.json (state → file, text; the check's warnings; the simulator's verdict) and an
// index.html contact sheet. The host and the browser are always stopped, the data dir removed.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { checkCampaign } from '../../cloudfunctions/domain/compliance/check-campaign';
import type { Finding } from '../../cloudfunctions/domain/compliance/finding';
import { findingLines } from './finding-lines';
import { renderContactSheet } from './preview/contact-sheet';
import { helpFlowSteps } from './preview/play-help-flow';
import { circleSteps } from './preview/play-circle';
import { couponSteps } from './preview/play-coupon';
import { fcodeSteps } from './preview/play-fcode';
import { groupSteps } from './preview/play-group';
import { packetSteps, walletPacketSource } from './preview/play-packet';
import { previewInstant } from './preview/preview-instant';
import type { PreviewReport } from './preview/preview-report';
import { PreviewRun, type Step } from './preview/preview-run';
import { ROOT } from './preview/root';
import { runSimulatorParity, type SimulatorReport } from './preview/simulator-parity';

/** Past this the preview gives up, stops what it started and says so. */
const DEADLINE_MS = Number(process.env.PREVIEW_TIMEOUT_MS ?? 180_000);

class UsageError extends Error {}

/** Set by Ctrl-C or the deadline: `abort` stops everything and exits, nobody else. */
let aborted = false;

interface Args {
  file: string;
  out: string | null;
  simulator: boolean;
}

function parseArgs(argv: string[]): Args {
  let file: string | undefined;
  let out: string | null = null;
  let simulator = true;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--out') {
      out = argv[i + 1] ?? null;
      if (!out) throw new UsageError('--out needs a folder');
      i += 1;
    } else if (arg === '--no-simulator') {
      simulator = false;
    } else if (arg?.startsWith('-')) {
      throw new UsageError(`unknown option ${arg}`);
    } else if (file) {
      throw new UsageError(`one config file at a time (got ${file} and ${arg})`);
    } else {
      file = arg;
    }
  }
  if (!file) throw new UsageError('a config file is required');
  return { file, out, simulator };
}

/** Paths on the command line are the user's, relative to where they ran npm. */
const userDir = process.env.INIT_CWD ?? process.cwd();

function timestamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

function printFindings(findings: Finding[]): void {
  for (const f of findings) for (const line of findingLines(f)) console.log(line);
}

/** Runs ensure-build (a no-op on a current build); says what it did in one line. */
function ensureBuild(target: 'h5' | 'weapp'): string {
  const startedAt = Date.now();
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, 'scripts/ensure-build.mjs'), target],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (result.status !== 0) {
    throw new Error(`the ${target} build failed:\n${output.split('\n').slice(-20).join('\n')}`);
  }
  const first = output.split('\n')[0] ?? '';
  return first.startsWith('Building')
    ? `${first}: built in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`
    : first;
}

function stepsOf(run: PreviewRun): Step[] {
  const { config } = run;
  const circle = config.circle ? circleSteps(run) : [];
  if (config.kind === 'group') return groupSteps(run, config);
  if (config.kind === 'fcode') return [...fcodeSteps(run, config), ...circle];
  // Fission coupons on any other kind: shared from an order the initiator places.
  const packet = config.packet ? packetSteps(run, walletPacketSource(run)) : [];
  if (config.kind === 'coupon') return [...couponSteps(run), ...packet, ...circle];
  return helpFlowSteps(run, config, [...packet, ...circle]);
}

function reportSimulator(simulator: SimulatorReport): void {
  if (simulator.status === 'match') {
    console.log('  ✔ simulator text matches the browser');
    for (const { line, reason } of simulator.byDesign)
      console.log(`    by design: ${line} (${reason})`);
  } else if (simulator.status === 'differs') {
    console.log('  ⚠ the simulator’s landing text differs from the browser’s:');
    for (const line of simulator.onlyInBrowser) console.log(`    only in the browser:   ${line}`);
    for (const line of simulator.onlyInSimulator) console.log(`    only in the simulator: ${line}`);
  } else {
    console.log(`  ⚠ ${simulator.message}`);
  }
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const started = Date.now();
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(path.resolve(userDir, args.file), 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read ${args.file}: ${(error as Error).message}`);
  }
  const check = checkCampaign(raw);
  const config = check.config;

  let done = 0;
  let total = 1;
  const progress = (label: string) => {
    done += 1;
    console.log(`[${done}/${total}] ${label}…`);
  };
  const note = (line: string) => console.log(`  ${line}`);

  if (!check.ok || !config) {
    progress(`checking ${args.file}`);
    printFindings(check.findings);
    const errors = check.findings.filter((f) => f.severity === 'error').length;
    console.error(`✖ ${errors} error(s): fix the config, then preview it again`);
    return 1;
  }

  const instant = previewInstant(config, new Date());
  const out = path.resolve(
    userDir,
    args.out ?? path.join(ROOT, 'preview-out', `${config.id}-${timestamp(new Date())}`),
  );
  const run = new PreviewRun(config, out, note);
  const steps = stepsOf(run);
  const builds: ('h5' | 'weapp')[] = args.simulator ? ['h5', 'weapp'] : ['h5'];
  // check, builds, host, publish · the campaign's own · simulator, contact sheet
  total = 4 + steps.length + (args.simulator ? 2 : 1);

  // Whatever happens — an error, Ctrl-C, the deadline — the host and the browser are stopped.
  const abort = (message: string, code: number) => {
    // The step under way fails as its browser closes: that error is this one, said once.
    aborted = true;
    console.error(`\n✖ ${message}`);
    void run.stop().finally(() => process.exit(code));
  };
  process.on('SIGINT', () => abort('interrupted', 130));
  process.on('SIGTERM', () => abort('terminated', 143));
  const deadline = setTimeout(
    () => abort(`the preview took longer than ${DEADLINE_MS / 1000} s and was stopped`, 1),
    DEADLINE_MS,
  );
  deadline.unref();

  try {
    progress(`checking ${args.file}`);
    printFindings(check.findings);
    note(
      check.findings.length
        ? `${check.findings.length} warning(s), no errors`
        : 'valid and compliant',
    );

    progress(
      `making sure the ${builds.join(' and ')} build${builds.length > 1 ? 's are' : ' is'} current`,
    );
    for (const target of builds) note(ensureBuild(target));

    progress('starting a local host on a temporary data dir, and chromium');
    if (instant.reason) note(`🕒 ${instant.reason}`);
    fs.mkdirSync(out, { recursive: true });
    await run.start(instant.offsetMs);

    progress(`loading ${config.id} as a draft and publishing it, as the merchant`);
    await run.publish();

    for (const step of steps) {
      progress(step.label);
      await step.run();
    }
    // The browser's part is done; the simulator runs on its own.
    await run.stop();

    const report: PreviewReport = {
      campaignId: config.id,
      title: config.title,
      kind: config.kind,
      source: args.file,
      generatedAt: new Date().toISOString(),
      previewedAt: instant.at.toISOString(),
      clockNote: instant.reason,
      warnings: check.findings,
      // In the catalogue's order, whatever order the steps captured them in.
      states: Object.fromEntries(
        run.stateIds.flatMap((id) => {
          const state = run.states.get(id);
          return state ? [[id, state]] : [];
        }),
      ),
      landing: run.landing,
      simulator: null,
    };
    const statesFile = path.join(out, 'states.json');
    const writeReport = () => fs.writeFileSync(statesFile, `${JSON.stringify(report, null, 2)}\n`);
    writeReport();

    if (args.simulator) {
      progress('simulator: the weapp build’s landing page against the browser’s');
      report.simulator = await runSimulatorParity(statesFile, config.id);
      reportSimulator(report.simulator);
    } else {
      report.simulator = { status: 'skipped', message: 'skipped (--no-simulator)' };
    }

    progress('writing the contact sheet');
    writeReport();
    fs.writeFileSync(path.join(out, 'index.html'), renderContactSheet(report));
    const shots = [...run.states.values()].filter((s) => s.file).length;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `\n✔ ${shots} screenshots of ${config.id} in ${seconds} s: ${path.join(out, 'index.html')}`,
    );
    console.log(out);
    return 0;
  } finally {
    clearTimeout(deadline);
    await run.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (!aborted) process.exit(code);
  },
  (error: unknown) => {
    if (aborted) return;
    if (error instanceof UsageError) {
      console.error(
        `✖ ${error.message}\nusage: npm run preview -- <file> [--out <dir>] [--no-simulator]`,
      );
      process.exit(2);
    }
    console.error(`\n✖ preview failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
