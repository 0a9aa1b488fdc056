// `npm test`: the checks (build, typecheck, lint, Electronegativity), then the tests: unit
// (Vitest) and end-to-end (Playwright, browser mode in Chromium, plus the desktop-shell spec where
// Electron exists). Prints each suite's result, every skipped test with its reason, a line for
// the checks, and a closing line "N passed, N failed, N skipped" that counts tests only.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
fs.mkdirSync('test-results', { recursive: true });
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
/** Checks: each passes or fails as a whole. */
const checks = [];
/** Test suites: counts of tests. */
const suites = [];
/** "where: reason" for every skipped test. */
const skippedLines = [];
/** "where: first lines of the error" for every failed test, repeated in the summary so that the
 * tail of a long log (all a CI page may keep) says what failed and why. */
const failedLines = [];
/** The first lines of an error message, without colour codes. */
// eslint-disable-next-line no-control-regex -- removing terminal colour codes (ESC [ … m)
const firstLines = (message, n = 6) => String(message ?? 'no message').replace(/\u001b\[[0-9;]*m/g, '').split('\n').filter((l) => l.trim()).slice(0, n).map((l) => `    ${l.trimEnd()}`).join('\n');

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return { status: r.status ?? 1, seconds: (Date.now() - started) / 1000 };
}

function check(label, cmd, args) {
  const r = run(label, cmd, args);
  checks.push({ label, ok: r.status === 0, seconds: r.seconds });
  return r.status === 0;
}

/** Counts from a runner's JSON report, or null when there is none (the runner crashed). */
function readReport(file, pick) {
  try {
    return pick(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

/** A runner that exited non-zero without reporting a failed test (a suite that did not load) counts one failure. */
function settle(counts, status) {
  const c = counts ?? { passed: 0, failed: 0, skipped: 0 };
  return status !== 0 && c.failed === 0 ? { ...c, failed: 1 } : c;
}

/** The reason a skipped Vitest test gives: in its suite's title as "[skipped: …]" (electron/testing/tools.ts). */
function vitestSkips(report) {
  const bySuite = new Map();
  for (const file of report.testResults ?? []) {
    for (const t of file.assertionResults ?? []) {
      if (t.status !== 'skipped' && t.status !== 'pending' && t.status !== 'todo') continue;
      const where = `${path.relative(root, file.name)} › ${t.ancestorTitles.join(' › ') || t.title}`;
      const reason = /\[skipped: ([^\]]+)\]/.exec(t.fullName)?.[1] ?? 'no reason given';
      const key = `${where}: ${reason}`;
      bySuite.set(key, (bySuite.get(key) ?? 0) + 1);
    }
  }
  return [...bySuite].map(([key, n]) => `${key} (${n} test${n === 1 ? '' : 's'})`);
}

/** Each failed Vitest test with the start of its failure message. */
function vitestFailures(report) {
  const out = [];
  for (const file of report.testResults ?? []) {
    for (const t of file.assertionResults ?? []) {
      if (t.status === 'failed') out.push(`${path.relative(root, file.name)} › ${t.fullName}\n${firstLines(t.failureMessages?.[0])}`);
    }
    if (file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed')) {
      out.push(`${path.relative(root, file.name)} (did not load)\n${firstLines(file.message)}`);
    }
  }
  return out;
}

/** Each Playwright test that failed in its last attempt, with its error and where it stopped. */
function playwrightFailures(suites, out = []) {
  for (const suite of suites) {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status !== 'unexpected') continue;
        const last = (t.results ?? []).at(-1);
        const error = last?.errors?.[0] ?? last?.error;
        const where = error?.location ? ` (at ${path.relative(root, error.location.file)}:${error.location.line})` : '';
        out.push(`${spec.file}:${spec.line} › ${spec.title}${where}\n${firstLines(error?.message)}`);
      }
    }
    playwrightFailures(suite.suites ?? [], out);
  }
  return out;
}

/** "title: reason" for each skipped Playwright test in a JSON report's suites. */
function playwrightSkips(suites, out = []) {
  for (const suite of suites) {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status !== 'skipped') continue;
        const reason = (t.annotations ?? []).find((a) => a.type === 'skip')?.description ?? 'no reason given';
        out.push(`${spec.file} › ${spec.title}: ${reason}`);
      }
    }
    playwrightSkips(suite.suites ?? [], out);
  }
  return out;
}

/** A Chromium for the end-to-end tests, as playwright.config.ts finds it. */
const chromium = process.env.DRAFTWATCH_CHROMIUM ?? '/usr/bin/chromium';

// --- checks ---
const built = check('build', process.execPath, ['scripts/build.mjs']);
for (const project of ['shared/tsconfig.json', 'electron/tsconfig.json', 'renderer/tsconfig.json', 'tsconfig.tools.json']) {
  check(`typecheck ${project}`, bin('tsc'), ['-p', project, '--noEmit']);
}
check('lint', bin('eslint'), ['.', '--max-warnings', '0']);
check('electronegativity', process.execPath, ['scripts/electronegativity.mjs']);

// --- tests ---
{
  const out = 'test-results/unit.json';
  fs.rmSync(out, { force: true });
  const r = run('unit tests (Vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${out}`]);
  const counts = readReport(out, (j) => ({ passed: j.numPassedTests, failed: j.numFailedTests, skipped: j.numPendingTests + (j.numTodoTests ?? 0) }));
  suites.push({ label: 'unit', ...settle(counts, r.status), seconds: r.seconds });
  skippedLines.push(...(readReport(out, vitestSkips) ?? []).map((l) => `unit: ${l}`));
  failedLines.push(...(readReport(out, vitestFailures) ?? []).map((l) => `unit: ${l}`));
}

if (!built) {
  suites.push({ label: 'end-to-end (not run: the build failed)', passed: 0, failed: 1, skipped: 0, seconds: 0 });
} else if (!fs.existsSync(chromium)) {
  // Without a browser nothing end-to-end can run: every test is reported skipped, never passed.
  const listed = spawnSync(bin('playwright'), ['test', '--list'], { encoding: 'utf8' }).stdout ?? '';
  const count = Number(/Total: (\d+) tests?/.exec(listed)?.[1] ?? 0);
  suites.push({ label: 'end-to-end', passed: 0, failed: 0, skipped: count, seconds: 0 });
  skippedLines.push(`end-to-end: all ${count} tests: no Chromium at ${chromium} (install one: scripts/setup-system.sh, or set DRAFTWATCH_CHROMIUM)`);
} else {
  const out = 'test-results/e2e.json';
  fs.rmSync(out, { force: true });
  const needScreen = process.platform === 'linux' && !process.env.DISPLAY;
  const xvfb = needScreen && spawnSync('sh', ['-c', 'command -v xvfb-run']).status === 0;
  const [cmd, args] = xvfb ? ['xvfb-run', ['-a', bin('playwright'), 'test']] : [bin('playwright'), ['test']];
  const r = run('end-to-end tests (Playwright)', cmd, args, { PW_REPORTER: 'json' });
  const counts = readReport(out, ({ stats: s }) => ({ passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped }));
  suites.push({ label: 'end-to-end', ...settle(counts, r.status), seconds: r.seconds });
  skippedLines.push(...(readReport(out, (j) => playwrightSkips(j.suites ?? [])) ?? []).map((l) => `end-to-end: ${l}`));
  failedLines.push(...(readReport(out, (j) => playwrightFailures(j.suites ?? [])) ?? []).map((l) => `end-to-end: ${l}`));
}

// --- summary ---
console.log('\n=== summary ===');
for (const c of checks) console.log(`${c.ok ? 'ok  ' : 'FAIL'}  check ${c.label.padEnd(36)} (${c.seconds.toFixed(1)} s)`);
for (const s of suites) {
  console.log(`${s.failed ? 'FAIL' : 'ok  '}  tests ${s.label.padEnd(36)} ${s.passed} passed, ${s.failed} failed${s.skipped ? `, ${s.skipped} skipped` : ''}  (${s.seconds.toFixed(1)} s)`);
}
for (const line of skippedLines) console.log(`skipped: ${line}`);
for (const line of failedLines) console.log(`failed: ${line}`);
const sum = (k) => suites.reduce((a, s) => a + s[k], 0);
const checksFailed = checks.filter((c) => !c.ok).length;
console.log(`checks: ${checks.length - checksFailed} passed, ${checksFailed} failed (${checks.map((c) => c.label.replace(/ .*/, '')).filter((l, i, a) => a.indexOf(l) === i).join(', ')})`);
const skipped = sum('skipped');
console.log(`${sum('passed')} passed, ${sum('failed')} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(sum('failed') > 0 || checksFailed > 0 ? 1 : 0);
