import { test, expect, startServer } from './fixtures';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createProject } from '../shared/model/project';

// Browser mode exposes a user's files over HTTP: it must answer only this app, on loopback only.
test('browser mode refuses requests without the token or from a foreign origin or host', async ({ request }) => {
  const server = await startServer();
  try {
    const base = `http://127.0.0.1:${server.port}`;
    const api = `${base}/api/info`;
    const json = { 'Content-Type': 'application/json' };

    expect((await request.post(api, { data: '[]', headers: json })).status()).toBe(403);
    expect((await request.post(api, { data: '[]', headers: { ...json, 'X-Draftwatch-Token': 'wrong' } })).status()).toBe(403);
    // The token never travels in a cookie (which every service on 127.0.0.1 would receive).
    expect((await request.post(api, { data: '[]', headers: { ...json, Cookie: `dw_token=${server.token}` } })).status()).toBe(403);
    expect(server.url).toMatch(/\/#token=[0-9a-f]{64}$/);

    const ok = await request.post(api, { data: '[]', headers: { ...json, 'X-Draftwatch-Token': server.token } });
    expect(ok.status()).toBe(200);
    expect((await ok.json()).value.mode).toBe('browser');

    const foreignOrigin = await request.post(api, { data: '[]', headers: { ...json, 'X-Draftwatch-Token': server.token, Origin: 'https://evil.example' } });
    expect(foreignOrigin.status()).toBe(403);
    const foreignHost = await request.post(api, { data: '[]', headers: { ...json, 'X-Draftwatch-Token': server.token, Host: `evil.example:${server.port}` } });
    expect(foreignHost.status()).toBe(403);

    // Payloads are validated before any file is touched.
    const bad = await request.post(`${base}/api/openProject`, { data: '[42]', headers: { ...json, 'X-Draftwatch-Token': server.token } });
    expect((await bad.json()).ok).toBe(false);

    // The app's page itself is public and CSP-protected, and sets no cookie.
    const page = await request.get(server.url);
    expect(page.status()).toBe(200);
    expect(page.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers()['set-cookie']).toBeUndefined();

    // Loopback only: the port is not reachable on another local address.
    const others = Object.values((await import('node:os')).networkInterfaces()).flat().filter((i) => i && i.family === 'IPv4' && !i.internal);
    for (const iface of others) {
      const reached = await new Promise<boolean>((resolve) => {
        const s = net.connect({ host: iface!.address, port: server.port }, () => { s.destroy(); resolve(true); });
        s.on('error', () => resolve(false));
        s.setTimeout(2000, () => { s.destroy(); resolve(false); });
      });
      expect(reached, `reachable on ${iface!.address}`).toBe(false);
    }
  } finally {
    server.process.kill();
  }
});

/** Every file under `dir` with its content, for "nothing was written". */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const full = path.join(dir, name);
    if (fs.statSync(full).isFile()) out[name] = fs.readFileSync(full, 'base64');
  }
  return out;
}

// A script running in the page holds the page's own token: the host must still refuse every
// path outside the allowed folders, hidden, in the app's data, or of the wrong kind.
test('with the page’s own token, every hostile host call is refused and nothing is written', async ({ app, server }) => {
  const root = path.dirname(server.documents);
  fs.mkdirSync(path.join(root, '.ssh'), { recursive: true });
  fs.writeFileSync(path.join(root, '.ssh', 'id_rsa'), '-----BEGIN OPENSSH PRIVATE KEY-----');
  fs.writeFileSync(path.join(root, '.bashrc'), 'alias ls=ls');
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'dw-outside-'));
  const before = snapshot(root);
  // A valid project of the current format: refused for its path alone, never for its shape.
  const project = createProject('x', new Date('2026-01-01T00:00:00.000Z'), 'prj-x');
  const bytes = { $bytes: 'UEsDBA==' };
  const attempts: [string, unknown[]][] = [
    ['importFile', [{ path: '/etc/passwd' }]],
    ['importFile', [{ path: path.join(root, '.ssh', 'id_rsa') }]],
    ['importFile', [{ path: path.join(root, 'user', 'recent.json') }]],
    ['openProject', ['/etc/passwd']],
    ['openBackup', [path.join(root, '.bashrc')]],
    ['writeExport', [path.join(root, '.bashrc'), bytes]],
    ['writeExport', [path.join(root, 'docs', 'run.sh'), bytes]],
    ['writeExport', [path.join(outside, 'x.html'), bytes]],
    ['writeExport', [path.join(root, 'user', 'recent.json'), bytes]],
    ['writeExport', [path.join(root, 'docs', '..', '..', path.basename(outside), 'y.html'), bytes]],
    ['saveProject', [path.join(root, '.config', 'x.draftwatch'), project]],
    ['saveProject', [path.join(outside, 'x.draftwatch'), project]],
    ['autosave', [path.join(outside, 'x.draftwatch'), project]],
    ['saveProject', ['docs/relative.draftwatch', project]],
  ];
  const replies = await app.evaluate(async (list) => {
    const token = sessionStorage.getItem('draftwatch-token') ?? '';
    const out: { method: string; reply: { ok: boolean; error?: { name: string; message: string } } }[] = [];
    for (const [method, args] of list) {
      const res = await fetch(`./api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Draftwatch-Token': token }, body: JSON.stringify(args) });
      out.push({ method, reply: await res.json() });
    }
    return out;
  }, attempts);
  for (const [i, { method, reply }] of replies.entries()) {
    expect(reply.ok, `${method} ${JSON.stringify(attempts[i]![1][0])}`).toBe(false);
    expect(reply.error?.name, `${method} ${JSON.stringify(attempts[i]![1][0])}: ${reply.error?.message}`).toBe('PathRefusedError');
  }
  expect(snapshot(root)).toEqual(before);
  expect(fs.readdirSync(outside)).toEqual([]);
  // The page's token is genuine: the same page can still reach what it is allowed to.
  const allowed = await app.evaluate(async (file) => {
    const res = await fetch('./api/writeExport', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Draftwatch-Token': sessionStorage.getItem('draftwatch-token') ?? '' }, body: JSON.stringify([file, { $bytes: 'PHA+eDwvcD4=' }]) });
    return res.json();
  }, path.join(server.documents, 'redline.html'));
  expect(allowed.ok).toBe(true);
  expect(fs.readFileSync(path.join(server.documents, 'redline.html'), 'utf8')).toBe('<p>x</p>');
});
