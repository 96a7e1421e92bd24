#!/usr/bin/env node
// `npm test`: lint, type check, unit tests (Vitest), the CLI fuzz (scripts/fuzz.ts), e2e in Chromium (Playwright),
// then one closing line "N passed, N failed" that adds up the unit and e2e counts. Every step runs even if an earlier
// one fails, so one run shows everything that is wrong; the exit code is non-zero if any step failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const reports = 'reports';
mkdirSync(reports, { recursive: true });
for (const f of ['unit.json', 'e2e.json']) rmSync(`${reports}/${f}`, { force: true });

const steps = [
  { name: 'lint', cmd: ['npx', 'eslint', '.'] },
  // npm run typecheck: the whole tree, then src/core alone without DOM or Node types (src/core/tsconfig.json).
  { name: 'type check', cmd: ['npm', 'run', '--silent', 'typecheck'] },
  { name: 'unit', cmd: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reports}/unit.json`] },
  // The CLI half of `npm run fuzz` (hostile folders, three runs); the e2e below includes a hostile bundle of each kind.
  { name: 'fuzz', cmd: ['npx', 'tsx', 'scripts/fuzz.ts', '--bundles', '0'] },
  { name: 'e2e', cmd: ['npx', 'playwright', 'test'] },
];

const failedSteps = [];
const timings = [];
for (const step of steps) {
  console.log(`\n── ${step.name}: ${step.cmd.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(step.cmd[0], step.cmd.slice(1), { stdio: 'inherit' });
  timings.push(`${step.name} ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (result.status !== 0) failedSteps.push(step.name);
}

function read(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}
const unit = read(`${reports}/unit.json`);
const e2e = read(`${reports}/e2e.json`);
const unitPassed = unit?.numPassedTests ?? 0;
// A test file that fails to load has no failed tests of its own: count the file, so the line never says 0 failed.
const brokenFiles = unit ? unit.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length : 0;
const unitFailed = unit ? unit.numFailedTests + brokenFiles : 0;
const e2ePassed = e2e ? e2e.stats.expected + e2e.stats.flaky : 0;
const e2eFailed = e2e ? e2e.stats.unexpected : 0;
const skipped = (unit ? unit.numPendingTests + unit.numTodoTests : 0) + (e2e ? e2e.stats.skipped : 0);

console.log(`\nunit: ${unitPassed} passed, ${unitFailed} failed · e2e: ${e2ePassed} passed, ${e2eFailed} failed · ${timings.join(', ')}`);
if (!unit && !failedSteps.includes('unit')) failedSteps.push('unit (no report)');
if (!e2e && !failedSteps.includes('e2e')) failedSteps.push('e2e (no report)');
if (failedSteps.length > 0) console.log(`failed steps: ${failedSteps.join(', ')}`);
// A failed step that counted no failed test (lint, type check, a crash, a build error) counts as one failure,
// so the closing line never says "0 failed" for a red run.
const counted = { unit: unitFailed > 0, e2e: e2eFailed > 0 };
const stepFailures = failedSteps.filter((s) => !counted[s]).length;
console.log(`${unitPassed + e2ePassed} passed, ${unitFailed + e2eFailed + stepFailures} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failedSteps.length > 0 ? 1 : 0);
