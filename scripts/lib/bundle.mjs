import * as esbuild from 'esbuild';

/** Server code is TypeScript with plain-SQL imports; esbuild turns it into one CommonJS file. */
export async function bundleNode({
  entry,
  outfile,
  external = [],
  packagesExternal = false,
  target = 'node20',
  sourcemap = 'inline',
}) {
  await esbuild.build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target,
    sourcemap,
    loader: { '.sql': 'text' },
    logLevel: 'warning',
    ...(packagesExternal ? { packages: 'external' } : { external }),
  });
}
