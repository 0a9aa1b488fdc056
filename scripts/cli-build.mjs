// How the command line is bundled (used by scripts/build.mjs, and by the test that checks which
// modules each command loads). The command line starts fast: its packages are bundled in (no
// module resolution at start) and each command is a chunk of its own, loaded when it runs. The
// PDF reader and the browser driver stay outside, loaded only by the code that needs them.
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
 * esbuild options for the command line's import isolate: the worker's program as one CommonJS
 * file with its packages inside (`import-worker.cjs` in `outdir`), so a worker thread starts it
 * without resolving modules or starting Node's ES module loader (half the CPU of loading the ES
 * module build, measured). pdf.js stays outside, imported only for a PDF.
 */
export function cliWorkerBuildOptions(root, outdir, version) {
  return [
    {
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      logLevel: 'warning',
      define: { __DRAFTWATCH_VERSION__: JSON.stringify(version) },
      external: ['pdfjs-dist', 'pdfjs-dist/*'],
      entryPoints: [path.join(root, 'electron/host/import-worker.ts')],
      outfile: path.join(outdir, 'import-worker.cjs'),
    },
  ];
}
