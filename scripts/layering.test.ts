import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

// The layer rules of ARCHITECTURE.md live in eslint.config.js; this checks they actually bite.
const eslint = new ESLint({ cwd: process.cwd() });
async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering lint rules', () => {
  it('keep shared/ pure', async () => {
    for (const spec of ['node:fs', 'fs', 'electron', 'react', 'prosemirror-view', 'node:path']) {
      expect(await restricted('shared/compare/x.ts', `import ${spec === 'react' ? 'React' : 'x'} from '${spec}';\nexport const y = x;\n`), spec).not.toEqual([]);
    }
    expect(await restricted('shared/compare/x.ts', "import { z } from 'zod';\nexport const y = z;\n")).toEqual([]);
  });
  it('keep Node and Electron out of the renderer', async () => {
    expect(await restricted('renderer/src/x.ts', "import fs from 'node:fs';\nexport const y = fs;\n")).not.toEqual([]);
    expect(await restricted('renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const y = ipcRenderer;\n")).not.toEqual([]);
  });
  it('let only electron/main and electron/preload import electron', async () => {
    expect(await restricted('electron/host/x.ts', "import { app } from 'electron';\nexport const y = app;\n")).not.toEqual([]);
    expect(await restricted('electron/main/x.ts', "import { app } from 'electron';\nexport const y = app;\n")).toEqual([]);
    expect(await restricted('electron/host/x.ts', "import fs from 'node:fs';\nexport const y = fs;\n")).toEqual([]);
  });
});
