// Writes each Jest run's counts to tmp/test-results/<project>.json so `npm test` can print one total.
const fs = require('node:fs');
const path = require('node:path');

class SummaryReporter {
  constructor(globalConfig) {
    this.name = globalConfig.projects?.[0]?.displayName ?? path.basename(globalConfig.rootDir);
  }

  onRunComplete(_contexts, results) {
    const dir = path.join(__dirname, '..', 'tmp', 'test-results');
    fs.mkdirSync(dir, { recursive: true });
    const summary = {
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
    };
    fs.writeFileSync(
      path.join(dir, `${process.env.KHSAE_TEST_PROJECT || 'jest'}-${process.pid}.json`),
      JSON.stringify(summary),
    );
  }
}

module.exports = SummaryReporter;
