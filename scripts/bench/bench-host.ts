// The local host for the HTTP scenario, in a process of its own so the load generator and the
// server each get a core. Like cloudfunctions/host/main.ts, but on the bench's store (in-memory
// PGlite, or the bench schema on the server) and driven over stdin/stdout in JSON lines:
//   out {"listening": url}           once the server is up
//   in  {"prepare": {count, tag}}     → out {"prepared": {bargainIds}}: a fresh campaign
//   stdin closed                      → close and exit
import type { AddressInfo } from 'node:net';
import readline from 'node:readline';
import { systemClock, type Deps } from '../../cloudfunctions/usecases/deps';
import { createHost } from '../../cloudfunctions/host/create-host';
import { openStore } from '../../cloudfunctions/store/open-store';
import { prepareBargains } from './lib/prepare-bargains';

const send = (message: unknown) => process.stdout.write(`${JSON.stringify(message)}\n`);

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const store = await openStore({
    databaseUrl,
    searchPath: process.env.BENCH_SEARCH_PATH || undefined,
    poolMax: Number(process.env.BENCH_POOL_MAX ?? 16),
  });
  const deps: Deps = { store, clock: systemClock };
  const server = createHost({ deps, merchants: new Set(['merchant']) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  send({ listening: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });

  const lines = readline.createInterface({ input: process.stdin });
  for await (const line of lines) {
    const { prepare } = JSON.parse(line) as { prepare?: { count: number; tag: string } };
    if (prepare) {
      const { bargainIds } = await prepareBargains(deps, prepare.count, prepare.tag);
      send({ prepared: { bargainIds } });
    }
  }
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await store.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
