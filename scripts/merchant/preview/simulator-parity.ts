import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { TextComparison } from './extract-text-lines';
import { ROOT } from './root';

export const PARITY_TEST = 'tests/simulator/preview-parity.test.ts';
const TIMEOUT_MS = 90_000;

/** What tests/simulator/preview-parity.test.ts writes to PREVIEW_PARITY_OUT. */
export interface ParityResult extends TextComparison {
  campaignId: string;
  simulatorLines: string[];
  /** The function calls the weapp page made, as name.action. */
  calls: string[];
}

export type SimulatorReport =
  | ({ status: 'match' } & ParityResult)
  | ({ status: 'differs' } & ParityResult)
  | { status: 'failed' | 'skipped'; message: string };

/**
 * Renders the campaign's landing page from the weapp build in miniprogram-simulate, fed the
 * answers the browser got, and compares the two texts. The simulator needs jest's jsdom
 * environment, so this runs the parity test in a jest child process with the states file.
 */
export async function runSimulatorParity(
  statesFile: string,
  campaignId: string,
): Promise<SimulatorReport> {
  const out = path.join(path.dirname(statesFile), 'simulator-parity.json');
  fs.rmSync(out, { force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PREVIEW_STATES: statesFile,
    PREVIEW_PARITY_OUT: out,
  };
  // This may itself run under jest (the preview's own test): the child is a run of its own.
  delete env.JEST_WORKER_ID;
  const child = spawn(
    process.execPath,
    [
      '--experimental-vm-modules',
      '--no-warnings=ExperimentalWarning',
      path.join(ROOT, 'node_modules/jest/bin/jest.js'),
      PARITY_TEST,
      '--selectProjects',
      'simulator',
      '-t',
      campaignId,
      '--ci',
    ],
    { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
  await new Promise<void>((resolve) => child.once('close', () => resolve()));
  clearTimeout(timer);

  if (!fs.existsSync(out)) {
    const tail = output.trim().split('\n').slice(-15).join('\n');
    return { status: 'failed', message: `the simulator did not render the landing page:\n${tail}` };
  }
  const result = JSON.parse(fs.readFileSync(out, 'utf8')) as ParityResult;
  return result.matches ? { status: 'match', ...result } : { status: 'differs', ...result };
}
