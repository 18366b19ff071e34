// Only for the client's own typecheck (tsconfig.client.json), which has no Node types: the
// one `process` the client may use, whose env names Taro inlines at build time (src/env.d.ts).
// eslint-disable-next-line no-var
declare var process: { env: FissionClientEnv };
