// `npm test`: unit specs beside the code and end-to-end specs against real Postgres, Redis and SMTP, in
// parallel Jest workers. Each worker has a database and a queue prefix of its own (test/support/env.ts).
const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj|cj)s$': '<rootDir>/test/support/swc-transformer.js' },
  transformIgnorePatterns: [],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  moduleNameMapper: { '^@app/(.*)$': '<rootDir>/libs/$1/src' },
};

module.exports = {
  // Two workers on the 2-core machines the suite is measured on; `--maxWorkers=N` (or -i) overrides.
  maxWorkers: 2,
  // Jest reads testTimeout only at the top level (not per project): hooks of the e2e specs need it.
  testTimeout: 60_000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/libs/**/*.spec.ts',
        '<rootDir>/apps/**/*.spec.ts',
        '<rootDir>/scripts/**/*.spec.ts',
      ],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFiles: ['<rootDir>/test/support/env.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/worker-database.ts'],
      testTimeout: 60_000,
    },
  ],
};
