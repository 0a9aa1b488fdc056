import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import yaml from 'js-yaml';

const config = yaml.load(fs.readFileSync('electron-builder.yml', 'utf8')) as { asar?: boolean; electronFuses?: Record<string, boolean> };

describe('Electron fuses in the packaging configuration', () => {
  it('turn off every way to run the binary as a plain Node, and load the app only from its checked ASAR', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('name only fuses electron-builder knows (a misspelt fuse would be silently ignored)', () => {
    const require = createRequire(import.meta.url);
    const scheme = JSON.parse(fs.readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as { definitions: Record<string, { properties: Record<string, unknown> }> };
    const known = Object.keys(scheme.definitions.FuseOptionsV1!.properties);
    for (const name of Object.keys(config.electronFuses ?? {})) expect(known).toContain(name);
  });
});
