/**
 * The comparison engine's output, fingerprinted: serialised comparisons of many generated pairs
 * (sizes, seeds, heavy rewrites, every option), of the real fixture drafts (DOCX and PDF, six
 * languages, pairs across drafts) and word diffs of multilingual texts, each hashed. For speed
 * work on shared/compare: the engine's results must stay identical, so write a snapshot before a
 * change and check it after.
 *
 *   npx tsx bench/compare-snapshot.ts --write /tmp/before.json
 *   npx tsx bench/compare-snapshot.ts --check /tmp/before.json   (exit 1 and the cases that differ)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { compareDrafts, diffWords, type CompareOptions } from '../shared/compare';
import { importBytes, toDraft } from '../shared/import';
import type { Draft } from '../shared/model/draft';
import { generatePair, prng } from '../shared/testing/generator';
import { SAMPLE_PARAGRAPHS } from '../shared/testing/lang-samples';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = path.join(root, 'shared/import/fixtures');

const hash = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

const OPTION_SETS: Array<Partial<CompareOptions>> = [
  {},
  { ignoreCase: true },
  { ignorePunctuation: true, ignoreCase: true },
  { ignoreWhitespace: false, ignoreNumbering: false },
];

const RATES = [
  undefined,
  { edit: 0.6, delete: 0.1, insert: 0.1, move: 0.1, split: 0.08, merge: 0.08 },
  { edit: 0.9, delete: 0.2, insert: 0.2, move: 0.2, split: 0.1, merge: 0.1 },
  { edit: 0.05, delete: 0.01, insert: 0.01, move: 0.01, split: 0, merge: 0 },
];

async function loadDraft(file: string): Promise<Draft> {
  const bytes = new Uint8Array(fs.readFileSync(file));
  const name = path.basename(file);
  const content = await importBytes(bytes, name);
  return toDraft(content, { fileName: name, bytes, id: name, now: new Date(0) });
}

/** Edits a text at random word positions: replace, delete, insert, swap, case and punctuation. */
function mutate(text: string, r: () => number): string {
  const words = text.split(/(\s+)/u);
  for (let k = 0; k < 1 + Math.floor(r() * 6); k++) {
    const i = Math.floor(r() * words.length);
    const x = r();
    if (x < 0.2) words[i] = '';
    else if (x < 0.4) words[i] = words[(i * 7 + 3) % words.length]!;
    else if (x < 0.6) words[i] = `${words[i]} ${words[(i * 5 + 1) % words.length]}`;
    else if (x < 0.7) words[i] = words[i]!.toUpperCase();
    else if (x < 0.8) words[i] = `${words[i]},`;
    else if (x < 0.9) words[i] = `${words[i]}\u00a0 `;
    else words.splice(i, 0, '「改」');
  }
  return words.join('');
}

async function cases(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [ri, rates] of RATES.entries()) {
    for (const n of [3, 40, 160, 600]) {
      for (let seed = 1; seed <= (n > 200 ? 3 : 8); seed++) {
        const g = generatePair(seed * 31 + ri, n, rates);
        OPTION_SETS.forEach((o, oi) => out.set(`gen r${ri} n${n} s${seed} o${oi}`, hash(compareDrafts(g.base, g.target, o))));
        out.set(`gen r${ri} n${n} s${seed} reversed`, hash(compareDrafts(g.target, g.base)));
      }
    }
  }
  for (const n of [400, 4000]) {
    const g = generatePair(2024, n);
    out.set(`bench ${n}`, hash(compareDrafts(g.base, g.target)));
  }
  const files = [
    ...fs.readdirSync(fixtures).filter((f) => /\.(docx|pdf)$/.test(f) && !/encrypted|scanned/.test(f)),
    ...fs.readdirSync(path.join(fixtures, 'six')).filter((f) => f.endsWith('.docx') || /^(ar|zh|en)-.*\.pdf$/.test(f)).map((f) => `six/${f}`),
    ...fs.readdirSync(path.join(fixtures, 'corpus')).map((f) => `corpus/${f}`),
  ].sort();
  const drafts: Array<[string, Draft]> = [];
  for (const f of files) {
    try {
      drafts.push([f, await loadDraft(path.join(fixtures, f))]);
    } catch (e) {
      out.set(`fixture ${f} import error`, String(e));
    }
  }
  // Every ordered pair of fixtures in the same folder: drafts of one text and unrelated texts.
  for (const [fa, a] of drafts) {
    for (const [fb, b] of drafts) {
      if (fa === fb || path.dirname(fa) !== path.dirname(fb)) continue;
      out.set(`fixture ${fa} → ${fb}`, hash(compareDrafts(a, b)));
      if (fa.startsWith('six/') && fa.slice(4, 6) === fb.slice(4, 6)) out.set(`fixture ${fa} → ${fb} ignoreCase`, hash(compareDrafts(a, b, { ignoreCase: true, ignorePunctuation: true })));
    }
  }
  // Word diffs of multilingual texts with random edits.
  const r = prng(99);
  for (const [lang, paragraphs] of Object.entries(SAMPLE_PARAGRAPHS)) {
    for (const [pi, p] of paragraphs.entries()) {
      for (let k = 0; k < 20; k++) {
        const a = k % 3 === 0 ? p : mutate(p, r);
        const b = mutate(p, r);
        OPTION_SETS.forEach((o, oi) => out.set(`diffWords ${lang} ${pi} ${k} o${oi}`, hash([a, b, diffWords(a, b, o)])));
      }
    }
  }
  return out;
}

async function main(): Promise<void> {
  const mode = process.argv[2];
  const file = process.argv[3];
  if ((mode !== '--write' && mode !== '--check') || !file) {
    console.error('usage: npx tsx bench/compare-snapshot.ts --write|--check FILE');
    process.exit(2);
  }
  const now = await cases();
  if (mode === '--write') {
    fs.writeFileSync(file, JSON.stringify(Object.fromEntries(now), null, 1));
    console.log(`${now.size} cases written to ${file}`);
    return;
  }
  const before = new Map(Object.entries(JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>));
  const differ = [...new Set([...before.keys(), ...now.keys()])].filter((k) => before.get(k) !== now.get(k));
  for (const k of differ.slice(0, 40)) console.log(`differs: ${k}`);
  console.log(`${now.size} cases, ${differ.length} differ`);
  process.exit(differ.length ? 1 : 0);
}

void main();
