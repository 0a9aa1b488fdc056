/**
 * Opening and saving a large project the way the app does (ProjectStore: read, parse, validate,
 * migrate; backup, atomic write with fsync, recent list): 20 drafts × 500 paragraphs with 2,000
 * annotations. Targets: open ≤ 1 s, save ≤ 300 ms. The peer measured in the same run is the
 * floor under both: plain JSON.parse of the same file, and a plain fs.writeFile of the same text.
 *
 * Annotations are added when the project format has them (format ≥ 2); otherwise, or when the
 * schema refuses the ones made here, the figures are for the project without them and the
 * output says so. Prints figures; never fails on time.
 * Run: npm run bench -- project-io
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { ProjectStore } from '../electron/host/project-store';
import { createProject, serializeProject, validateProject } from '../shared/model/project';
import { PROJECT_SCHEMA_VERSION, type Project } from '../shared/model/schema';
import { generateDraft, prng } from '../shared/testing/generator';

const DRAFTS = 20;
const PARAGRAPHS = 500;
const ANNOTATIONS = 2000;
const RUNS = 7;

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function baseProject(): Project {
  const drafts = Array.from({ length: DRAFTS }, (_, i) => generateDraft(100 + i, PARAGRAPHS, `d${i + 1}`, i === 0 ? 'Zero draft' : `Rev.${i}`));
  return { ...createProject('Benchmark negotiation', new Date('2026-03-01T00:00:00Z'), 'prj-bench'), drafts };
}

/**
 * Annotations in the shape the annotations work stores (a W3C-style target on a paragraph's
 * passage, a body with the delegation's comment and position), for format 2 and later.
 */
function withAnnotations(project: Project): { project: Project; note: string } {
  if (PROJECT_SCHEMA_VERSION < 2) return { project, note: `project format ${PROJECT_SCHEMA_VERSION} has no annotations: measured without the ${ANNOTATIONS} annotations` };
  const rand = prng(7);
  const annotations = Array.from({ length: ANNOTATIONS }, (_, i) => {
    const draft = project.drafts[Math.floor(rand() * project.drafts.length)]!;
    const paragraphs = draft.blocks.filter((b) => b.kind === 'paragraph');
    const p = paragraphs[Math.floor(rand() * paragraphs.length)]!;
    const start = Math.floor(rand() * Math.max(1, p.text.length - 40));
    const end = Math.min(p.text.length, start + 10 + Math.floor(rand() * 60));
    return {
      id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      created: '2026-03-02T10:00:00.000Z',
      modified: '2026-03-02T10:00:00.000Z',
      delegation: ['Utopia', 'Freedonia', 'Ruritania'][i % 3],
      author: '',
      target: {
        source: draft.id,
        paragraph: p.id,
        quote: { exact: p.text.slice(start, end) || p.text, prefix: p.text.slice(Math.max(0, start - 32), start), suffix: p.text.slice(end, end + 32) },
        position: { start, end: end > start ? end : start + 1 },
      },
      body: { comment: `<p>Instruction ${i}: hold the line on this wording.</p>`, position: ['support', 'oppose', 'amend', 'reserve'][i % 4], priority: 'normal', tags: ['capital'], replacement: null },
    };
  });
  const candidate = { ...project, annotations } as unknown as Project;
  try {
    const valid = validateProject(JSON.parse(JSON.stringify(candidate)));
    const kept = (valid as unknown as { annotations?: unknown[] }).annotations?.length ?? 0;
    if (kept !== ANNOTATIONS) return { project, note: `the project schema (format ${PROJECT_SCHEMA_VERSION}) kept ${kept} of the ${ANNOTATIONS} annotations made here: measured without them` };
    return { project: valid, note: `with ${ANNOTATIONS} annotations (project format ${PROJECT_SCHEMA_VERSION})` };
  } catch (e) {
    return { project, note: `could not add annotations (${e instanceof Error ? e.message : String(e)}): measured without them` };
  }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dw-bench-io-'));
const file = path.join(dir, 'negotiation.draftwatch');
const store = new ProjectStore(path.join(dir, 'user'));
const { project, note } = withAnnotations(baseProject());
const text = serializeProject(project);
console.log(`project: ${DRAFTS} drafts × ${PARAGRAPHS} paragraphs, ${note}; file ${mb(Buffer.byteLength(text))}`);

const saves: number[] = [];
const opens: number[] = [];
const parses: number[] = [];
const writes: number[] = [];
let peakSave = 0;
let peakOpen = 0;
for (let i = 0; i < RUNS; i++) {
  const edited = { ...project, modifiedAt: new Date(Date.UTC(2026, 2, 2, 0, 0, i)).toISOString() };
  gc();
  let t = performance.now();
  await store.save(file, edited);
  saves.push(performance.now() - t);
  peakSave = Math.max(peakSave, getHeapStatistics().total_heap_size);

  gc();
  t = performance.now();
  const opened = await new ProjectStore(path.join(dir, 'user')).open(file);
  opens.push(performance.now() - t);
  peakOpen = Math.max(peakOpen, getHeapStatistics().total_heap_size);
  if (opened.project.drafts.length !== DRAFTS) throw new Error('the project did not reopen whole');

  // The peer: the same bytes without validation, backup or atomicity.
  t = performance.now();
  JSON.parse(fs.readFileSync(file, 'utf8'));
  parses.push(performance.now() - t);
  t = performance.now();
  fs.writeFileSync(path.join(dir, 'plain.json'), serializeProject(edited));
  writes.push(performance.now() - t);
}
gc();
console.log(
  `open   median ${median(opens).toFixed(0).padStart(5)} ms  (peer: JSON.parse ${median(parses).toFixed(0)} ms)  target ≤ 1000 ms  ${median(opens) <= 1000 ? 'OK' : 'SLOW'}\n` +
    `save   median ${median(saves).toFixed(0).padStart(5)} ms  (peer: plain writeFile ${median(writes).toFixed(0)} ms)  target ≤ 300 ms  ${median(saves) <= 300 ? 'OK' : 'SLOW'}\n` +
    `heap   peak while saving ${mb(peakSave)}, while opening ${mb(peakOpen)}; live after ${mb(getHeapStatistics().used_heap_size)}`,
);
fs.rmSync(dir, { recursive: true, force: true });
