export const SCENARIOS = [
  'pgbench',
  'help',
  'coupon',
  'http',
  'cold-start',
  'weapp-size',
  'landing',
  'rush',
  'isolation',
  'circle',
] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

export interface BenchOptions {
  quick: boolean;
  repetitions: number;
  only: ScenarioName[];
  databaseUrl: string | undefined;
  /** Where the JSON goes; undefined writes bench-results/<timestamp>.json. */
  out: string | undefined;
}

export const USAGE = `usage: npm run bench -- [--quick] [--only <${SCENARIOS.join('|')}>[,…]] [--repetitions <n>] [--out <file.json>]`;

export class UsageError extends Error {}

/** `--only` may repeat or take a comma list; DATABASE_URL adds the PostgreSQL server runs. */
export function parseBenchOptions(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): BenchOptions {
  let quick = false;
  let repetitions: number | undefined;
  let out: string | undefined;
  const only: ScenarioName[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split('=', 2) : [arg];
    const value = () => {
      const v = inline ?? argv[(i += 1)];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--quick':
        quick = true;
        break;
      case '--only':
        for (const name of value().split(',')) {
          if (!(SCENARIOS as readonly string[]).includes(name))
            throw new UsageError(`unknown scenario "${name}" (known: ${SCENARIOS.join(', ')})`);
          only.push(name as ScenarioName);
        }
        break;
      case '--repetitions': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1 || n > 20)
          throw new UsageError('--repetitions takes 1–20');
        repetitions = n;
        break;
      }
      case '--out':
        out = value();
        break;
      case '--help':
      case '-h':
        throw new UsageError(USAGE);
      default:
        throw new UsageError(`unknown argument "${arg}"\n${USAGE}`);
    }
  }
  return {
    quick,
    repetitions: repetitions ?? (quick ? 1 : 3),
    only: only.length ? [...new Set(only)] : [...SCENARIOS],
    databaseUrl: env.DATABASE_URL || undefined,
    out,
  };
}
