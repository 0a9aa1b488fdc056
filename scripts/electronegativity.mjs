// Electronegativity (Doyensec's checker of Electron security settings) over the desktop shell's
// code and page, offline. It exits 0 whatever it finds, so this script reads its SARIF report
// and fails on every finding not documented as a false positive, with its reason, in
// scripts/electronegativity-false-positives.json. Prints one line per finding.
//   node scripts/electronegativity.mjs
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'dw-electronegativity-'));
const skipped = (name) => /\.test\.tsx?$/.test(name) || name === 'testing';

/** Copy what ships in the desktop app: Electron code, the page and its scripts (no tests). */
function copy(from, to) {
  if (fs.statSync(from).isDirectory()) {
    fs.mkdirSync(to, { recursive: true });
    for (const name of fs.readdirSync(from)) if (!skipped(name)) copy(path.join(from, name), path.join(to, name));
  } else {
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(from, to);
  }
}
for (const part of ['electron', 'renderer/index.html', 'renderer/src', 'package.json']) copy(path.join(root, part), path.join(stage, part));

const electron = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
const report = path.join(stage, 'report.sarif');
const bin = path.join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
// scripts/offline.cjs makes every name lookup fail at once: the tool's update checks (translations,
// Electron's release list) give up immediately instead of waiting on a network that may not exist.
const run = spawnSync(process.execPath, ['-r', path.join(root, 'scripts', 'offline.cjs'), bin, '-i', stage, '-e', electron, '-r', '-o', report, '-v', 'false'], { encoding: 'utf8' });
if (!fs.existsSync(report)) {
  console.log(`electronegativity did not run: ${(run.stderr || run.stdout || `exit ${run.status}`).trim().split('\n').slice(-3).join(' ')}`);
  process.exit(1);
}

const allowed = JSON.parse(fs.readFileSync(path.join(root, 'scripts', 'electronegativity-false-positives.json'), 'utf8')).falsePositives;
const used = new Set();
let unexplained = 0;
const results = JSON.parse(fs.readFileSync(report, 'utf8')).runs[0].results;
for (const r of results) {
  const where = r.locations?.[0]?.physicalLocation;
  const file = where?.artifactLocation?.uri ?? 'N/A';
  const line = where?.region?.startLine ?? 0;
  const source = file !== 'N/A' && fs.existsSync(path.join(stage, file)) ? (fs.readFileSync(path.join(stage, file), 'utf8').split('\n')[line - 1] ?? '').trim() : '';
  const match = allowed.findIndex((a) => a.rule === r.ruleId && a.file === file && source.includes(a.match));
  if (match >= 0) {
    used.add(match);
    console.log(`false positive  ${r.ruleId} ${file}:${line}  (${allowed[match].reason.split('. ')[0]}.)`);
  } else {
    unexplained++;
    console.log(`FINDING         ${r.ruleId} ${file}:${line}  ${r.message?.text ?? ''}\n                ${source}`);
  }
}
allowed.forEach((a, i) => {
  if (!used.has(i)) console.log(`note: documented false positive no longer found: ${a.rule} ${a.file} "${a.match}" (remove it from the list)`);
});
fs.rmSync(stage, { recursive: true, force: true });
console.log(`electronegativity ${electron}: ${results.length} findings, ${results.length - unexplained} documented false positives, ${unexplained} to fix`);
process.exit(unexplained > 0 ? 1 : 0);
