// Reliability suite: contract fuzzing, crash consistency (the real host killed with SIGKILL),
// lost database connections and replay storms. Run with `npm run test:reliability` (add
// DATABASE_URL to run the server-only checks).
// An action refusing with a code its contract does not declare answers INTERNAL in every
// test run (and in the hosts the tests spawn), so a missing declaration fails the test that
// reached it; production only logs it (cloudfunctions/functions/define-function.ts).
process.env.FISSION_STRICT_CONTRACTS ??= '1';
const path = require('node:path');
const root = path.resolve(__dirname, '../..');
const base = require(path.join(root, 'jest.config.cjs'));
const server = base.projects.find((p) => p.displayName === 'server');

module.exports = {
  rootDir: root,
  displayName: 'reliability',
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/reliability'],
  testMatch: ['**/*.test.ts'],
  transform: server.transform,
  moduleFileExtensions: server.moduleFileExtensions,
  testTimeout: 180_000,
};
