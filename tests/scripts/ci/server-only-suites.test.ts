/**
 * A suite that needs the PostgreSQL server is never green by accident: without DATABASE_URL it
 * is skipped with one line naming it, and under CI=true that skip fails the run.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');

function runProbe(env: Record<string, string | undefined>) {
  const result = spawnSync(
    process.execPath,
    [
      '--experimental-vm-modules',
      '--no-warnings=ExperimentalWarning',
      'node_modules/jest/bin/jest.js',
      '--selectProjects',
      'server',
      '--roots',
      '<rootDir>/tests/scripts/ci/fixtures',
      '--testMatch',
      '**/server-only.fixture.ts',
      '--testPathIgnorePatterns',
      '/node_modules/',
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('server-only suites', () => {
  test('without DATABASE_URL they are skipped, and say so in one line', () => {
    const { status, output } = runProbe({ DATABASE_URL: '', CI: '' });
    expect(status).toBe(0);
    expect(output).toContain(
      'NOT RUN — needs the PostgreSQL server (set DATABASE_URL): a server-only probe on pg',
    );
    expect(output).toMatch(/1 skipped/);
  }, 120_000);

  test('under CI=true a skipped server-only suite fails the run', () => {
    const { status, output } = runProbe({ DATABASE_URL: '', CI: 'true' });
    expect(status).not.toBe(0);
    expect(output).toContain('CI must run every server-only suite');
  }, 120_000);
});
