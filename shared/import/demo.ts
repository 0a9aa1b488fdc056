/**
 * The built-in demo negotiation's received drafts (assets/demo), from its manifest and the bytes
 * of its Markdown files, imported through the same importer a user's files go through. One
 * definition for the app's demo loader (electron/host/demo.ts) and the tests' (testing/demo.ts):
 * same ids, labels, dates, hashes and watch list.
 */
import { z } from 'zod';
import { importText } from './index';
import { toDraft } from './draft';
import type { Draft } from '../model/draft';
import type { WatchTerm } from '../model/schema';

export const demoManifestSchema = z.object({
  name: z.string(),
  drafts: z.array(z.object({ file: z.string(), label: z.string(), date: z.string().nullable().optional() })).min(1),
  watchList: z
    .array(
      z.object({
        phrase: z.string(),
        alternatives: z.array(z.string()).optional(),
        category: z.string().optional(),
        color: z.string().optional(),
      }),
    )
    .optional(),
  /** Delegations, and working drafts made from a script of attributed edits (shared/draft/scripted.ts). */
  delegations: z.array(z.string()).optional(),
  workingDrafts: z.array(z.object({ base: z.string() }).passthrough()).optional(),
});
export type DemoManifest = z.infer<typeof demoManifestSchema>;

/** The demo's received drafts (ids drf-demo-1…) and watch list (term-1…). */
export function demoDrafts(manifest: DemoManifest, bytesOf: (file: string) => Uint8Array, now: Date = new Date()): { drafts: Draft[]; watchList: WatchTerm[] } {
  const drafts = manifest.drafts.map((entry, i) => {
    const bytes = bytesOf(entry.file);
    const content = importText(new TextDecoder('utf-8').decode(bytes), 'markdown', entry.file);
    const draft = toDraft(content, { fileName: entry.file, bytes, label: entry.label, id: `drf-demo-${i + 1}`, now });
    return { ...draft, date: entry.date ?? draft.date };
  });
  const watchList = (manifest.watchList ?? []).map((t, i) => ({
    id: `term-${i + 1}`,
    phrase: t.phrase,
    alternatives: t.alternatives ?? [],
    category: t.category ?? '',
    color: t.color ?? '#1f6feb',
  }));
  return { drafts, watchList };
}
