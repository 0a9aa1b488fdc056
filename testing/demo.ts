/**
 * The demo negotiation (assets/demo) for tests, imported as the app's demo loader imports it
 * (shared/import/demo.ts: the same importer, labels, dates, draft ids, hashes and watch list).
 * Synchronous, so any test can build a real four-draft negotiation in one line.
 */
import fs from 'node:fs';
import { demoDrafts, demoManifestSchema } from '../shared/import/demo';
import type { Draft } from '../shared/model/draft';
import type { WatchTerm } from '../shared/model/schema';

const demoFile = (name: string) => new URL(`../assets/demo/${name}`, import.meta.url);

/** The demo's drafts (ids drf-demo-1…4) and watch list (term-1…), as in the app. */
export function demoNegotiation(): { name: string; drafts: Draft[]; watchList: WatchTerm[] } {
  const manifest = demoManifestSchema.parse(JSON.parse(fs.readFileSync(demoFile('demo.json'), 'utf8')));
  return { name: manifest.name, ...demoDrafts(manifest, (file) => fs.readFileSync(demoFile(file))) };
}
