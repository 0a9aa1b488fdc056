/**
 * The built-in demo negotiation: Markdown drafts in assets/demo imported through the same
 * importer a user's files go through, so the demo exercises the real path end to end.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { importText, toDraft } from '../../shared/import';
import { createProject } from '../../shared/model/project';
import type { Draft } from '../../shared/model/draft';
import type { Project } from '../../shared/model/schema';
import { scriptedWorkingDraft, type ScriptedWorkingDraft } from '../../shared/draft/scripted';
import { importW3cAnnotations } from '../../shared/annotate/w3c';

const manifestSchema = z.object({
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

/** The demo project, freshly imported from `<appRoot>/assets/demo`. */
export async function loadDemoProject(appRoot: string, now: Date = new Date()): Promise<Project> {
  const dir = path.join(appRoot, 'assets', 'demo');
  const manifest = manifestSchema.parse(JSON.parse(await fs.readFile(path.join(dir, 'demo.json'), 'utf8')));
  const project = createProject(manifest.name, now, 'prj-demo');
  const drafts = [];
  for (const [i, entry] of manifest.drafts.entries()) {
    const bytes = await fs.readFile(path.join(dir, entry.file));
    const content = importText(bytes.toString('utf8'), 'markdown', entry.file);
    const draft = toDraft(content, { fileName: entry.file, bytes, label: entry.label, id: `drf-demo-${i + 1}`, now });
    drafts.push({ ...draft, date: entry.date ?? draft.date });
  }
  const watchList = (manifest.watchList ?? []).map((t, i) => ({
    id: `term-${i + 1}`,
    phrase: t.phrase,
    alternatives: t.alternatives ?? [],
    category: t.category ?? '',
    color: t.color ?? '#1f6feb',
  }));
  // Two delegations' annotations on the Zero draft, as a W3C annotation set (the import path).
  const annotationsFile = path.join(dir, 'annotations.jsonld');
  const annotations = importW3cAnnotations(await fs.readFile(annotationsFile, 'utf8'), drafts, now.toISOString());
  const delegations = (manifest.delegations ?? []).map((name, i) => ({ id: `del-demo-${i + 1}`, name }));
  for (const [i, w] of (manifest.workingDrafts ?? []).entries()) {
    const base: Draft | undefined = drafts.find((d) => d.label === w.base);
    if (!base) throw new Error(`The demo's working draft names ${w.base}, which the demo does not have.`);
    drafts.push(scriptedWorkingDraft(base, w as unknown as ScriptedWorkingDraft, delegations, `wd-demo-${i + 1}`, now));
  }
  return { ...project, drafts, watchList, annotations, delegations };
}
