/**
 * Test fixtures: a browser-mode server per test, with its own user-data and documents folders so
 * recent lists and autosaves never leak between tests, and a page already on the app.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface AppServer {
  url: string;
  port: number;
  token: string;
  userData: string;
  documents: string;
  process: ChildProcess;
}

/** Start `out/node/web.mjs --json` (on the demo, or on `project`: a file's text, written into the test's folder) and wait for its address. */
export async function startServer(project?: string): Promise<AppServer> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dw-e2e-'));
  const userData = path.join(tmp, 'user');
  const documents = path.join(tmp, 'docs');
  fs.mkdirSync(documents, { recursive: true });
  const projectArgs = project === undefined ? [] : ['--project', path.join(documents, 'test.draftwatch')];
  if (project !== undefined) fs.writeFileSync(projectArgs[1]!, project);
  // Browser mode opens and saves files only inside the folders it is given: this test's own.
  const child = spawn(process.execPath, ['out/node/web.mjs', '--json', '--root', tmp, ...projectArgs], {
    env: { ...process.env, DRAFTWATCH_USER_DATA: userData, DRAFTWATCH_DOCUMENTS: documents },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    let buf = '';
    child.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      const nl = buf.indexOf('\n');
      if (nl >= 0) resolve(buf.slice(0, nl));
    });
    child.stderr!.on('data', (d: Buffer) => process.stderr.write(d));
    child.on('exit', (code) => reject(new Error(`web server exited with ${code}`)));
  });
  const { url, port } = JSON.parse(line) as { url: string; port: number };
  return { url, port, token: new URLSearchParams(new URL(url).hash.slice(1)).get('token')!, userData, documents, process: child };
}

export const test = base.extend<{ server: AppServer; app: Page }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure their dependencies
  server: async ({}, use) => {
    const server = await startServer();
    await use(server);
    server.process.kill();
  },
  app: async ({ page, server }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await expect(page.getByRole('list', { name: 'Drafts in order' })).toBeVisible();
    await use(page);
    expect(errors, 'no uncaught errors in the page').toEqual([]);
  },
});

export { expect };

/** Select a draft in the sidebar by its exact label. */
export async function selectDraft(page: Page, label: string): Promise<void> {
  await page
    .getByRole('list', { name: 'Drafts in order' })
    .locator('.draft-item')
    .filter({ has: page.locator('.draft-label').getByText(label, { exact: true }) })
    .click();
}

/** Open the Compare tab on two drafts and wait for the redline to be complete. */
export async function openCompare(page: Page, from: string, to: string) {
  await page.getByRole('tab', { name: 'Compare' }).click();
  await page.getByLabel('Earlier draft').selectOption({ label: from });
  await page.getByLabel('Later draft').selectOption({ label: to });
  const body = page.getByRole('region', { name: `Redline from ${from} to ${to}` });
  await expect(body).toBeVisible();
  await expect(body).toHaveAttribute('aria-busy', 'false');
  return body;
}
