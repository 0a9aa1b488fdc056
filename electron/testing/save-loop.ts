/**
 * The crash test's child process: opens a project (or starts one), then saves it in a loop,
 * growing it a little each time, as fast as it can, until it is killed. Before each save it
 * prints `saving <version> <sha256>`, after it `saved <version> <sha256>` (the sha256 of the
 * file's exact text), so the test knows every version that may be on disk.
 *   node save-loop.mjs PROJECT USER_DATA_DIR
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { ProjectStore } from '../host/project-store';
import { createProject, serializeProject } from '../../shared/model/project';
import type { Project } from '../../shared/model/schema';
import type { Block } from '../../shared/model/draft';
import { longProse } from '../../shared/testing/hostile';

const [file, userData] = process.argv.slice(2) as [string, string];
const store = new ProjectStore(userData);

function paragraphs(count: number, version: number, tag: string): Block[] {
  const prose = longProse(0.002 * count, version);
  const step = Math.floor(prose.length / count);
  return Array.from({ length: count }, (_, i) => ({
    kind: 'paragraph' as const,
    id: `p${version}${tag}-${i}`,
    number: String(i + 1),
    level: 0,
    section: ['I. Crash test'],
    text: prose.slice(i * step, (i + 1) * step).trim() || 'States agreed.',
  }));
}

/**
 * The next version: a few MB from the start (so a save takes long enough to be killed in the
 * middle), a few paragraphs more at each save, a draft more now and then; the oldest paragraphs
 * of a long draft roll off, so hundreds of rounds stay around the same size.
 */
function grow(project: Project, version: number): Project {
  const drafts = [...project.drafts];
  for (let n = drafts.length === 0 ? 3 : version % 40 === 0 && drafts.length < 6 ? 1 : 0; n > 0; n--) {
    drafts.push({
      id: `d${drafts.length + 1}`, label: `Rev.${drafts.length}`, date: null, sourceName: null, hash: crypto.createHash('sha256').update(String(version)).digest('hex'),
      title: `Draft ${drafts.length + 1}`, symbol: null, importedAt: '2026-01-01T00:00:00.000Z', blocks: paragraphs(300, version, `d${n}`),
    });
  }
  const last = drafts[drafts.length - 1]!;
  const blocks = [...last.blocks, ...paragraphs(5, version, "a")];
  drafts[drafts.length - 1] = { ...last, blocks: blocks.length > 500 ? blocks.slice(-300) : blocks };
  return { ...project, name: `Crash test v${version}`, drafts, modifiedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, version)).toISOString() };
}

const versionOf = (p: Project): number => Number(/v(\d+)$/.exec(p.name)?.[1] ?? 0);
let project = fs.existsSync(file) ? (await store.open(file)).project : createProject('Crash test v0', new Date(0), 'prj-crash');
let version = versionOf(project);
process.stdout.write(`ready ${version}\n`);
for (;;) {
  version++;
  project = grow(project, version);
  const sha = crypto.createHash('sha256').update(serializeProject(project)).digest('hex');
  process.stdout.write(`saving ${version} ${sha}\n`);
  await store.save(file, project);
  process.stdout.write(`saved ${version} ${sha}\n`);
}
