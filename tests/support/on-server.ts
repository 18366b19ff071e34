/**
 * Suites that only mean something on the PostgreSQL server: concurrency (PGlite runs one
 * transaction at a time, so a missing lock cannot show), lost connections, a database that
 * goes away. Without DATABASE_URL they do not pass quietly on PGlite, where they cannot fail:
 * they are skipped with one visible line naming what did not run. Under CI=true a skip is a
 * failure, so a CI run that lost its server cannot look green.
 */
export const SERVER_URL = process.env.DATABASE_URL || undefined;

export function describeOnServer(name: string, body: (kind: 'pg') => void): void {
  const title = name.replace('%s', 'pg');
  if (SERVER_URL) {
    describe(title, () => body('pg'));
    return;
  }
  const line = `NOT RUN — needs the PostgreSQL server (set DATABASE_URL): ${title}`;
  if (process.env.CI === 'true') {
    describe(title, () => {
      // eslint-disable-next-line jest/expect-expect -- it fails by throwing, on purpose
      test('runs on the PostgreSQL server in CI', () => {
        throw new Error(`${line}. CI must run every server-only suite.`);
      });
    });
    return;
  }
  process.stderr.write(`\n⚠ ${line}\n`);
  // eslint-disable-next-line jest/no-disabled-tests -- the loud skip this helper exists for
  describe.skip(title, () => body('pg'));
}

/** `n` distinct personas: prefix1, prefix2, … */
export const range = (n: number, prefix: string): string[] =>
  Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

/** How a storm of calls was answered: the number of `ok`, and of each refusal code. */
export const codes = (results: { ok: boolean; error?: { code: string } }[]) =>
  results.reduce<Record<string, number>>((acc, r) => {
    const key = r.ok ? 'ok' : r.error!.code;
    acc[key] = (acc[key] ?? 0) + 1;
    return acc;
  }, {});
