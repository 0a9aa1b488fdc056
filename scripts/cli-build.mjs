// How the command line is bundled (used by scripts/build.mjs, and by the test that checks which
// modules each command loads). The command line starts fast: its packages are bundled in (no
// module resolution at start) and each command is a chunk of its own, loaded when it runs. The
// PDF reader and the browser driver stay outside, loaded only by the code that needs them.
import fs from 'node:fs/promises';
import path from 'node:path';

/** esbuild options for the command line, written into `outdir` (entry `cli.mjs`, chunks in `cli-chunks/`). */
export function cliBuildOptions(root, outdir, version) {
  return {
    bundle: true,
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    define: { __DRAFTWATCH_VERSION__: JSON.stringify(version) },
    external: ['pdfjs-dist', 'pdfjs-dist/*', 'playwright-core', 'electron'],
    entryPoints: { cli: path.join(root, 'electron/cli/main.ts') },
    outdir,
    splitting: true,
    chunkNames: 'cli-chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    format: 'esm',
    // Bundled CommonJS packages call require() for Node's own modules, and read __filename.
    banner: {
      js:
        "import { createRequire as __dwRequire } from 'node:module'; import { fileURLToPath as __dwPath } from 'node:url'; " +
        'const require = __dwRequire(import.meta.url); const __filename = __dwPath(import.meta.url); const __dirname = __dwPath(new URL(".", import.meta.url));',
    },
  };
}

/**
 * esbuild options for the command line's import isolate, written into `outdir`: the worker's
 * program as one CommonJS file with its packages inside (`import-worker.cjs`, run with V8's code
 * cache), and the small loader a worker thread starts with (`import-worker-cached.cjs`). pdf.js
 * stays outside, imported only for a PDF.
 */
export function cliWorkerBuildOptions(root, outdir, version) {
  // A script started from V8's code cache loses Node's dynamic import() callback (Node 20), so
  // the bundle imports pdf.js through __dwImport, which the loader passes in (a plain import()
  // in its own CommonJS module, resolving from out/node/ as before).
  const pdfImports = {
    name: 'pdf-imports',
    setup(b) {
      b.onLoad({ filter: /[\\/](shared[\\/]import|electron[\\/]host)[\\/][^\\/]+\.ts$/ }, async (args) => {
        const code = await fs.readFile(args.path, 'utf8');
        return { contents: code.replace(/\bimport\((?=\s*['"]pdfjs-dist\/)/g, '__dwImport('), loader: 'ts' };
      });
    },
  };
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    define: { __DRAFTWATCH_VERSION__: JSON.stringify(version) },
  };
  return [
    {
      ...common,
      external: ['pdfjs-dist', 'pdfjs-dist/*'],
      plugins: [pdfImports],
      entryPoints: [path.join(root, 'electron/host/import-worker.ts')],
      outfile: path.join(outdir, 'import-worker.cjs'),
    },
    { ...common, entryPoints: [path.join(root, 'electron/host/import-worker-cached.ts')], outfile: path.join(outdir, 'import-worker-cached.cjs') },
  ];
}
