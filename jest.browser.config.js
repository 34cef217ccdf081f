// Browser tests of the web app: `npm run build`, then `npx jest -c jest.browser.config.js`.
// They start the whole built platform (dist/scripts/start.js) once and drive Debian's Chromium.
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj|cj)s$': '<rootDir>/test/support/swc-transformer.js' },
  transformIgnorePatterns: [],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  moduleNameMapper: { '^@app/(.*)$': '<rootDir>/libs/$1/src' },
  testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
  globalSetup: '<rootDir>/test/browser/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/browser/support/global-teardown.ts',
  // One platform and one browser at a time: the specs share the started platform.
  maxWorkers: 1,
  testTimeout: 120_000,
};
