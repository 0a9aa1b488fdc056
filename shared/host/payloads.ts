/**
 * Validation of every host call's arguments at the boundary (IPC handler, HTTP handler). The
 * renderer is treated as untrusted: a compromised page must not get arbitrary file access
 * through malformed arguments.
 */
import { z } from 'zod';
import { projectSchema } from '../model/schema';
import { isLanguageCode } from '../lang/registry';
import { isUiLanguage } from '../export/strings';
import type { HostMethodName } from './methods';

const path = z.string().min(1).max(4096).refine((p) => !p.includes('\0'), 'path contains a NUL byte');
const bytes = z.instanceof(Uint8Array);
const progressKey = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);

export const pathKinds = ['open-project', 'save-project', 'import', 'export'] as const;

/** Argument tuples of each HostApi method (onMenuCommand and onAssistiveTechnology are events, not calls). */
export const hostPayloads = {
  info: z.tuple([]),
  openDemo: z.tuple([]),
  openProject: z.tuple([path]),
  openBackup: z.tuple([path]),
  saveProject: z.tuple([path, projectSchema]),
  autosave: z.tuple([path.nullable(), projectSchema]),
  recentProjects: z.tuple([]),
  recoverUntitled: z.tuple([]),
  importFile: z.union([
    z.tuple([z.union([z.object({ path }), z.object({ name: z.string().min(1).max(1000), bytes })])]),
    z.tuple([
      z.union([z.object({ path }), z.object({ name: z.string().min(1).max(1000), bytes })]),
      z.object({ trackedChanges: z.enum(['accept', 'reject', 'proposals']).optional(), progressKey: progressKey.optional(), language: z.string().refine(isLanguageCode, 'an unknown language code').optional() }).strict(),
    ]),
  ]),
  importProgress: z.tuple([progressKey]),
  printPdf: z.tuple([
    z.string().max(256 * 1024 * 1024),
    z.object({ runningHeader: z.string().max(500), landscape: z.boolean().optional() }).strict(),
  ]),
  writeExport: z.tuple([path, bytes]),
  choosePath: z.tuple([z.enum(pathKinds), z.string().max(1000).optional()]),
  setDirty: z.tuple([z.boolean()]),
  setUiLanguage: z.tuple([z.string().refine(isUiLanguage, 'an interface language Draftwatch does not have')]),
} as const;

export type HostMethod = keyof typeof hostPayloads;

// Every method named in methods.ts has a payload schema, and no other: a compile-time check.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _sameMethods: Same<HostMethod, HostMethodName> = true;
void _sameMethods;

/** True when `name` is a host method a client may call. */
export function isHostMethod(name: string): name is HostMethod {
  return Object.prototype.hasOwnProperty.call(hostPayloads, name);
}

/** Validated arguments for a host call, or a thrown Error with a short reason. */
export function validateHostArgs(method: HostMethod, args: unknown): unknown[] {
  const parsed = hostPayloads[method].safeParse(args);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`Invalid arguments for ${method}${issue.path.length ? ` at ${issue.path.join('.')}` : ''}: ${issue.message}`);
  }
  return parsed.data as unknown[];
}
