/**
 * `draftwatch report` over 20 drafts × 500 paragraphs with 50 watched terms: the whole process
 * (reading 20 text drafts from a folder, comparing, tracking, writing every page) and its peak
 * memory. Targets: ≤ 10 s and ≤ 1 GB. Run after `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { defaultWatchList } from '../shared/track/defaults';
import { generateTrack } from '../shared/track/testing';
import { benchDir, fmt, writeTexts } from './lib/files';

if (!fs.existsSync('out/node/cli.mjs')) {
  console.log('report: not built (run npm run build first)');
  process.exit(0);
}

const DRAFTS = 20;
const PARAGRAPHS = 500;
const dir = benchDir('report-20x500-v1');
const drafts = path.join(dir, 'drafts');
fs.mkdirSync(drafts, { recursive: true });
const g = generateTrack(2024, { drafts: DRAFTS, paragraphs: PARAGRAPHS, clauses: [8, 14] });
writeTexts(
  drafts,
  g.drafts.map((draft, i) => ({ name: `draft-${String(i + 1).padStart(2, '0')}`, draft, symbol: `A/AC.1/2026/CRP.1${i ? `/Rev.${i}` : ''}` })),
);
const extra = [
  'incident response', 'due diligence', 'state responsibility', 'attribution', 'vulnerability disclosure', 'information sharing',
  'regional organizations', 'digital divide', 'cybercrime', 'ICT security', 'responsible state behaviour', 'sovereignty',
  'non-intervention', 'Charter of the United Nations', 'health-care facilities', 'electoral infrastructure', 'quantum computing',
  'cloud services', 'encryption', 'threat intelligence', 'national point of contact', 'global directory', 'norms checklist',
  'regular institutional dialogue', 'United Nations Secretariat', 'non-state actors', 'peaceful settlement of disputes', 'computer emergency response teams',
];
const terms = [...g.terms, ...defaultWatchList(), ...extra.map((phrase) => ({ phrase, alternatives: [] as string[] }))].slice(0, 50);
const termsFile = path.join(dir, 'terms.txt');
fs.writeFileSync(termsFile, terms.map((t) => [t.phrase, ...t.alternatives].join(' | ')).join('\n') + '\n');
const site = path.join(dir, 'site');
fs.rmSync(site, { recursive: true, force: true });

const hook = path.resolve('bench/lib/usage-hook.mjs');
const t = performance.now();
const r = spawnSync(process.execPath, ['--import', hook, 'bin/draftwatch.mjs', 'report', drafts, '-o', site, '--terms', termsFile], { encoding: 'utf8' });
const wall = performance.now() - t;
if (r.status !== 0) {
  console.log(`report: failed: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`);
  process.exit(1);
}
const usage = JSON.parse(/@@usage (.*)/.exec(r.stderr)![1]!) as { cpuMs: number; maxRssMb: number };
const files = fs.readdirSync(site, { recursive: true }).length;
const bytes = (fs.readdirSync(site, { recursive: true }) as string[]).reduce((n, f) => n + (fs.statSync(path.join(site, f)).isFile() ? fs.statSync(path.join(site, f)).size : 0), 0);
console.log(`report: ${DRAFTS} drafts × ${PARAGRAPHS} paragraphs × ${terms.length} terms (text files in ${drafts}):`);
console.log(`  whole process ${fmt(wall / 1000)} s wall, ${fmt(usage.cpuMs / 1000)} s CPU [target ≤ 10 s: ${wall <= 10_000 ? 'met' : 'MISSED'}]`);
console.log(`  peak memory (max RSS) ${usage.maxRssMb.toFixed(0)} MB [target ≤ 1 GB: ${usage.maxRssMb <= 1024 ? 'met' : 'MISSED'}]`);
console.log(`  wrote ${files} files, ${(bytes / 1024 / 1024).toFixed(1)} MB`);
