// Layering rules from ARCHITECTURE.md. Do not relax these rules: a wrong-layer import must fail
// the build rather than wait for a reviewer.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeModules = ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'crypto', 'url', 'stream', 'worker_threads'];
const restrict = (names, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: names, message }] }],
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts', 'shared/testing/**'],
    rules: restrict(
      ['electron', ...nodeModules, 'react', 'react-dom', 'prosemirror-view'],
      'shared/ is the pure core: no Electron, Node, DOM or React. Put I/O in electron/host and UI in renderer/.',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict(['electron', ...nodeModules], 'renderer/ runs in a sandboxed browser: reach the outside world through the HostApi.'),
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict(['electron'], 'Only electron/main and electron/preload may import electron; host services must run in browser mode too.'),
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts', 'scripts/**', 'e2e/**', 'bench/**', 'bin/**', '*.config.*', '**/*.config.ts', '**/*.test.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
