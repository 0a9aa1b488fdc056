/**
 * Running a Node entry point from TypeScript sources (tests, tsx), where no built bundle exists:
 * bundle it once per process with esbuild, a development dependency present wherever sources
 * run, next to the sources' own node_modules so its packages resolve as in the built app. The
 * bundle is named by its content, so runs share it and nothing accumulates.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

const built = new Map<string, Promise<string>>();

/** The path of a bundle of `entry` (an absolute .ts path). */
export function bundleFromSources(entry: string): Promise<string> {
  let out = built.get(entry);
  if (!out) {
    out = (async () => {
      const { build } = await import('esbuild');
      const dir = path.resolve(path.dirname(entry), '..', '..', 'node_modules', '.cache', 'draftwatch');
      const result = await build({ entryPoints: [entry], write: false, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'error', outdir: dir });
      const code = result.outputFiles.find((f) => f.path.endsWith('.js'))!.contents;
      const file = path.join(dir, `${path.basename(entry, '.ts')}-${crypto.createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
      if (!(await fs.stat(file).catch(() => null))) {
        await fs.mkdir(dir, { recursive: true });
        const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}`;
        await fs.writeFile(tmp, code);
        await fs.rename(tmp, file);
      }
      return file;
    })();
    built.set(entry, out);
  }
  return out;
}
