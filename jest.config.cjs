// One jest run, four projects: server code on node, UI units on jsdom, and the real weapp
// build in miniprogram-simulate. Babel strips types (fast); `npm run typecheck` checks them.
// An action refusing with a code its contract does not declare answers INTERNAL in every
// test run (and in the hosts the tests spawn), so a missing declaration fails the test that
// reached it; production only logs it (cloudfunctions/functions/define-function.ts).
process.env.FISSION_STRICT_CONTRACTS ??= '1';
const babel = [
  'babel-jest',
  {
    configFile: false,
    babelrc: false,
    presets: [
      ['@babel/preset-env', { targets: { node: 'current' } }],
      ['@babel/preset-react', { runtime: 'automatic' }],
      '@babel/preset-typescript',
    ],
  },
];
const transform = {
  '\\.[cm]?[jt]sx?$': babel,
  '\\.sql$': '<rootDir>/tests/support/sql-transform.cjs',
};
const common = {
  rootDir: __dirname,
  transform,
  moduleFileExtensions: ['ts', 'tsx', 'js', 'cjs', 'mjs', 'json', 'sql'],
};

module.exports = {
  testTimeout: 60_000,
  projects: [
    {
      ...common,
      displayName: 'server',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/cloudfunctions', '<rootDir>/tests/scripts'],
      // Tests that drive chromium run with the browser tests (`npm run test:e2e`).
      testPathIgnorePatterns: ['/node_modules/', '\\.e2e\\.test\\.ts$'],
    },
    {
      ...common,
      displayName: 'ui',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/tests/src'],
      setupFilesAfterEnv: ['<rootDir>/tests/support/ui/setup.ts'],
      moduleNameMapper: {
        '^@tarojs/components$': '<rootDir>/tests/support/ui/taro-components.tsx',
        '^@tarojs/taro$': '<rootDir>/tests/support/ui/taro.ts',
        '\\.(css|scss)$': '<rootDir>/tests/support/ui/style-stub.cjs',
        '\\.(png|jpg|svg)$': '<rootDir>/tests/support/ui/file-stub.cjs',
      },
    },
    {
      ...common,
      displayName: 'simulator',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/tests/simulator'],
      // Run the weapp build exactly as Taro emitted it, not re-transpiled by babel-jest.
      transformIgnorePatterns: ['/node_modules/', '<rootDir>/dist/'],
    },
  ],
};
