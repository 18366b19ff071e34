// Reliability suite: contract fuzzing, crash consistency (the real host killed with SIGKILL),
// lost database connections and replay storms. Run with `npm run test:reliability` (add
// DATABASE_URL to run the server-only checks).
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
