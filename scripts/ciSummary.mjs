// Prints the closing line CI reads, "N passed, N failed", from vitest's JSON report, and exits non-zero
// when anything failed. A failure before vitest ran (lint, typecheck, build) counts as one failed check.

import { readFileSync } from 'node:fs'

const npmTestStatus = Number(process.argv[2] ?? 1)
let passed = 0
let failed = 0
try {
  const report = JSON.parse(readFileSync('.test-results/vitest.json', 'utf8'))
  passed = report.numPassedTests
  failed = report.numFailedTests
  if (report.numTotalTests === 0) failed += 1
} catch {
  // No report: npm test stopped before the test run.
}
if (npmTestStatus !== 0 && failed === 0) failed = 1
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
