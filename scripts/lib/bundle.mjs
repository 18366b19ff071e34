import fs from 'node:fs/promises';
import * as esbuild from 'esbuild';

/**
 * pg's lib/stream.js picks a socket at load by probing for Cloudflare Workers: on Node 20
 * (no global navigator) it calls `new Response(…)`, which loads undici — about 30 ms of
 * every cold start, for a runtime a cloud function never is. In a bundle for Node it is
 * replaced by pg's own Node branch.
 */
const pgNodeStream = {
  name: 'pg-node-stream',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]pg[\\/]lib[\\/]stream\.js$/ }, () => ({
      loader: 'js',
      contents: `module.exports = {
  getStream: () => new (require('net').Socket)(),
  getSecureStream: (options) => require('tls').connect(options),
};`,
    }));
  },
};

/**
 * A migration as its lines joined at run time. The minifier turns any string holding newlines
 * into a template literal with the newlines in it, so each migration line became a line of the
 * bundle (store.js read as unminified once the migrations outgrew its code). Same string value.
 */
const sqlAsString = {
  name: 'sql-as-string',
  setup(build) {
    build.onLoad({ filter: /\.sql$/ }, async (args) => ({
      loader: 'js',
      contents: `export default ${JSON.stringify((await fs.readFile(args.path, 'utf8')).split('\n'))}.join('\\n');`,
    }));
  },
};

/** Server code is TypeScript with plain-SQL imports; esbuild turns it into one CommonJS file. */
export async function bundleNode({
  entry,
  outfile,
  external = [],
  packagesExternal = false,
  target = 'node20',
  sourcemap = 'inline',
  minify = false,
  metafile = false,
  plugins = [],
}) {
  const result = await esbuild.build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target,
    sourcemap,
    loader: { '.sql': 'text' },
    logLevel: 'warning',
    minify,
    metafile,
    plugins: [pgNodeStream, sqlAsString, ...plugins],
    // Stack traces from a minified bundle still name our functions (with the map beside it).
    keepNames: minify,
    ...(packagesExternal ? { packages: 'external' } : { external }),
  });
  return result;
}
