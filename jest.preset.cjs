// One Jest setup for every project: native ES modules (NestJS 12 is ESM-only) compiled by swc.
const path = require('node:path');

const swcOptions = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true, tsx: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'es6' },
  sourceMaps: 'inline',
};

module.exports = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.tsx?$': ['@swc/jest', swcOptions] },
  moduleNameMapper: {
    '^@khsae/domain$': path.join(__dirname, 'libs/shared/domain/src/index.ts'),
    '^@khsae/api-client$': path.join(__dirname, 'libs/shared/api-client/src/index.ts'),
  },
  reporters: ['default', path.join(__dirname, 'tools/jest-summary-reporter.cjs')],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
};
