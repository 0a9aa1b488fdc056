/**
 * The built-in demo negotiation: Markdown drafts in assets/demo imported through the same
 * importer a user's files go through, so the demo exercises the real path end to end.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { createProject } from '../../shared/model/project';
import type { Draft } from '../../shared/model/draft';
import type { Project } from '../../shared/model/schema';
import { scriptedWorkingDraft, type ScriptedWorkingDraft } from '../../shared/draft/scripted';
import { importW3cAnnotations } from '../../shared/annotate/w3c';
import { demoDrafts, demoManifestSchema } from '../../shared/import/demo';

/** The demo project, freshly imported from `<appRoot>/assets/demo`. */
export async function loadDemoProject(appRoot: string, now: Date = new Date()): Promise<Project> {
  const dir = path.join(appRoot, 'assets', 'demo');
  const manifest = demoManifestSchema.parse(JSON.parse(await fs.readFile(path.join(dir, 'demo.json'), 'utf8')));
  const project = createProject(manifest.name, now, 'prj-demo');
  const files = new Map<string, Uint8Array>();
  for (const entry of manifest.drafts) files.set(entry.file, await fs.readFile(path.join(dir, entry.file)));
  const { drafts, watchList } = demoDrafts(manifest, (file) => files.get(file)!, now);
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
