/**
 * The architecture's boundaries, checked in CI (`npm run lint`): the domain is pure, only the
 * WeChat entry touches wx-server-sdk, contracts depend on nothing of ours, and the client
 * knows the server only through contract types.
 */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'Rules take data and a clock: no store, no SDKs, no UI, no use cases.',
      severity: 'error',
      from: { path: '^cloudfunctions/domain/' },
      to: {
        path: [
          '^cloudfunctions/(store|usecases|functions|wechat|host)/',
          'node_modules/(pg|@electric-sql|wx-server-sdk|@tarojs|react)',
        ],
      },
    },
    {
      name: 'contracts-stand-alone',
      comment: 'contracts/ is the single source of types; it imports only zod and itself.',
      severity: 'error',
      from: { path: '^cloudfunctions/contracts/' },
      to: { path: '^cloudfunctions/(?!contracts/)' },
    },
    {
      name: 'only-the-wechat-entry-imports-wx-server-sdk',
      comment: 'Outside WeChat the SDK raises unhandled rejections that kill Node.',
      severity: 'error',
      from: { pathNot: '^cloudfunctions/wechat/' },
      to: { path: 'wx-server-sdk' },
    },
    {
      name: 'usecases-do-not-know-transports',
      severity: 'error',
      from: { path: '^cloudfunctions/(usecases|store)/' },
      to: { path: '^cloudfunctions/(wechat|host)/' },
    },
    {
      name: 'usecases-do-not-know-the-entry-layer',
      comment:
        'Use cases own Deps, Caller and Clock (usecases/deps.ts); functions/ depends on them, never the reverse.',
      severity: 'error',
      from: { path: '^cloudfunctions/(usecases|store|domain)/' },
      to: { path: '^cloudfunctions/functions/' },
    },
    {
      name: 'client-imports-only-contract-types',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^cloudfunctions/', pathNot: '^cloudfunctions/contracts/' },
    },
    {
      name: 'pages-call-functions-only-through-services',
      severity: 'error',
      from: { path: '^src/(pages|components)/' },
      to: { path: '^cloudfunctions/contracts/', dependencyTypesNot: ['type-only'] },
    },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|dist-h5|node_modules)/' },
  },
};
