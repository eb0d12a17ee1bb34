const path = require('node:path');

const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'web',
  rootDir: __dirname,
  testEnvironment: '<rootDir>/src/testing/jsdom-with-fetch.cjs',
  testMatch: ['**/*.test.ts?(x)'],
  testTimeout: 30_000,
  setupFiles: ['<rootDir>/src/testing/setup-dom.ts'],
  setupFilesAfterEnv: ['<rootDir>/src/testing/setup-after-env.ts'],
  moduleNameMapper: {
    ...preset.moduleNameMapper,
    '^@/(.*)$': '<rootDir>/src/$1',
    '\\.(css|woff2?)$': path.join(__dirname, 'src/testing/style-stub.cjs'),
  },
};
