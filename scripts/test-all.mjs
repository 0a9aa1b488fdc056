// `npm test`: build, then every suite: typecheck, lint, unit (Vitest), end-to-end (Playwright,
// browser mode in Chromium, plus the desktop-shell spec where Electron exists). Prints each
// suite's result and a closing line "N passed, N failed, N skipped" over all of them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
fs.mkdirSync('test-results', { recursive: true });
const results = [];
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return { status: r.status ?? 1, seconds: (Date.now() - started) / 1000 };
}

/** Counts from a runner's JSON report, or null when there is none (the runner crashed). */
function readCounts(file, pick) {
  try {
    return pick(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

/** "title: reason" for each skipped Playwright test in a JSON report's suites. */
function skippedWithReasons(suites, out = []) {
  for (const suite of suites) {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status !== 'skipped') continue;
        const reason = (t.annotations ?? []).find((a) => a.type === 'skip')?.description ?? 'no reason given';
        out.push(`${spec.title}: ${reason}`);
      }
    }
    skippedWithReasons(suite.suites ?? [], out);
  }
  return out;
}

/** A runner that exited non-zero without reporting a failed test (a suite that did not load) counts one failure. */
function settle(counts, status) {
  const c = counts ?? { passed: 0, failed: 0, skipped: 0 };
  return status !== 0 && c.failed === 0 ? { ...c, failed: 1 } : c;
}

function single(label, cmd, args) {
  const r = run(label, cmd, args);
  results.push({ label, passed: r.status === 0 ? 1 : 0, failed: r.status === 0 ? 0 : 1, skipped: 0, seconds: r.seconds });
  return r.status === 0;
}

const built = single('build', process.execPath, ['scripts/build.mjs']);
for (const project of ['shared/tsconfig.json', 'electron/tsconfig.json', 'renderer/tsconfig.json', 'tsconfig.tools.json']) {
  single(`typecheck ${project}`, bin('tsc'), ['-p', project, '--noEmit']);
}
single('lint', bin('eslint'), ['.', '--max-warnings', '0']);

{
  const out = 'test-results/unit.json';
  fs.rmSync(out, { force: true });
  const r = run('unit tests (Vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${out}`]);
  const counts = readCounts(out, (j) => ({ passed: j.numPassedTests, failed: j.numFailedTests, skipped: j.numPendingTests + (j.numTodoTests ?? 0) }));
  results.push({ label: 'unit', ...settle(counts, r.status), seconds: r.seconds });
}

if (built) {
  const out = 'test-results/e2e.json';
  fs.rmSync(out, { force: true });
  const needScreen = process.platform === 'linux' && !process.env.DISPLAY;
  const xvfb = needScreen && spawnSync('sh', ['-c', 'command -v xvfb-run']).status === 0;
  const [cmd, args] = xvfb ? ['xvfb-run', ['-a', bin('playwright'), 'test']] : [bin('playwright'), ['test']];
  const r = run('end-to-end tests (Playwright)', cmd, args, { PW_REPORTER: 'json' });
  const counts = readCounts(out, ({ stats: s }) => ({ passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped }));
  results.push({ label: 'end-to-end', ...settle(counts, r.status), seconds: r.seconds });
  // Say plainly what was skipped and why (the desktop-shell spec where Electron's binary is absent).
  for (const line of readCounts(out, (j) => skippedWithReasons(j.suites ?? [])) ?? []) console.log(`skipped: ${line}`);
} else {
  results.push({ label: 'end-to-end (not run: build failed)', passed: 0, failed: 1, skipped: 0, seconds: 0 });
}

console.log('\n=== summary ===');
for (const r of results) {
  console.log(`${r.failed ? 'FAIL' : 'ok  '}  ${r.label.padEnd(40)} ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}  (${r.seconds.toFixed(1)} s)`);
}
const sum = (k) => results.reduce((a, r) => a + r[k], 0);
const skipped = sum('skipped');
console.log(`${sum('passed')} passed, ${sum('failed')} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(sum('failed') > 0 ? 1 : 0);
