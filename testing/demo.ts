/**
 * The demo negotiation (assets/demo) for tests, imported as the app's demo loader imports it: the
 * same Markdown importer, labels, draft ids and watch list. Synchronous and dependency-free, so
 * any test can build a real four-draft negotiation in one line.
 */
import fs from 'node:fs';
import { importText, toDraft } from '../shared/import';
import type { Draft } from '../shared/model/draft';
import type { WatchTerm } from '../shared/model/schema';

interface Manifest {
  name: string;
  drafts: Array<{ file: string; label: string }>;
  watchList: Array<{ phrase: string; alternatives?: string[]; category?: string; color?: string }>;
}

const demoFile = (name: string) => new URL(`../assets/demo/${name}`, import.meta.url);

/** The demo's drafts (ids drf-demo-1…4) and watch list (term-1…), as in the app. */
export function demoNegotiation(): { name: string; drafts: Draft[]; watchList: WatchTerm[] } {
  const manifest = JSON.parse(fs.readFileSync(demoFile('demo.json'), 'utf8')) as Manifest;
  const drafts = manifest.drafts.map((entry, i) =>
    toDraft(importText(fs.readFileSync(demoFile(entry.file), 'utf8'), 'markdown', entry.file), { fileName: entry.file, label: entry.label, id: `drf-demo-${i + 1}` }),
  );
  const watchList = manifest.watchList.map((t, i) => ({ id: `term-${i + 1}`, phrase: t.phrase, alternatives: t.alternatives ?? [], category: t.category ?? '', color: t.color ?? '#1f6feb' }));
  return { name: manifest.name, drafts, watchList };
}
