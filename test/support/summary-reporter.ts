/**
 * Ends the run with one plain line, "Tests: N passed, N failed, N skipped", that CI tooling reads
 * whatever the runner: vitest's own closing lines are not in that form. A pass on PostgreSQL says so
 * ("Tests (postgres): …"). An error outside any test, and a run that ran no test file at all (its
 * global setup failed, e.g. with no PostgreSQL server to test on), count as a failure.
 */
import type { SerializedError } from 'vitest'
import type { Reporter, TestModule } from 'vitest/node'
import { TEST_BACKEND } from './test-database.js'

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    const counts = { passed: 0, failed: Math.max(unhandledErrors.length, testModules.length === 0 ? 1 : 0), skipped: 0 }
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state
        if (state === 'passed') counts.passed++
        else if (state === 'failed') counts.failed++
        else counts.skipped++
      }
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) counts.failed++
    }
    const label = TEST_BACKEND === 'postgres' ? 'Tests (postgres)' : 'Tests'
    process.stdout.write(`\n${label}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`)
  }
}
