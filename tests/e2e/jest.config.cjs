// Browser tests: the H5 build served by the real local host (PGlite in a temporary data dir),
// driven in Debian chromium through playwright-core. Run with `npm run test:e2e`.
const path = require('node:path');
const root = path.resolve(__dirname, '../..');
const base = require(path.join(root, 'jest.config.cjs'));

module.exports = {
  rootDir: root,
  displayName: 'e2e',
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/e2e', '<rootDir>/tests/scripts'],
  testMatch: ['**/*.e2e.test.ts'],
  transform: base.projects[0].transform,
  moduleFileExtensions: base.projects[0].moduleFileExtensions,
  testTimeout: 120_000,
};
