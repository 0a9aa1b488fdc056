import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startWebServer, type WebServer } from './server';
import type { HostServices } from '../host/services';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One raw request; `chunks` are written one by one (chunked, no Content-Length) when given. */
function request(port: number, method: string, urlPath: string, headers: Record<string, string | number> = {}, body?: string | Buffer, chunks?: Buffer[]): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: urlPath, headers: { Host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      let data = '';
      res.on('data', (d: Buffer) => (data += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: data }));
    });
    req.on('error', reject);
    if (chunks) {
      let i = 0;
      const next = () => {
        if (i === chunks.length) return req.end();
        if (!req.write(chunks[i++]!)) req.once('drain', next);
        else setImmediate(next);
      };
      req.on('response', () => (i = chunks.length)); // answered early: stop sending
      next();
    } else req.end(body);
  });
}

const calls: string[] = [];
let release: (() => void) | null = null;
const services = {
  info: async () => {
    calls.push('info');
    return { mode: 'browser' };
  },
  openProject: async () => {
    calls.push('openProject');
    return null;
  },
  importFile: async () => {
    calls.push('importFile');
    return null;
  },
  recentProjects: async () => {
    calls.push('recentProjects');
    await new Promise<void>((r) => (release = r));
    return [];
  },
} as unknown as HostServices;

let server: WebServer;
let token: string;
let port: number;
const json = () => ({ 'Content-Type': 'application/json', 'X-Draftwatch-Token': token });

beforeAll(async () => {
  const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dw-web-'));
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Draftwatch</title>');
  server = await startWebServer({ services, staticDir, maxConcurrentCalls: 2 });
  token = server.token;
  port = server.port;
});
afterAll(() => server.close());

describe('browser-mode server', () => {
  it('prints an address carrying the token in its fragment, which browsers never send', () => {
    expect(server.url).toBe(`http://127.0.0.1:${port}/#token=${token}`);
    expect(new URL(server.url).search).toBe('');
  });

  it('serves the app’s own files without the token, and never sets a cookie', async () => {
    for (const p of ['/', `/?token=${token}`, '/index.html']) {
      const r = await request(port, 'GET', p);
      expect(r.status).toBe(200);
      expect(r.headers['set-cookie']).toBeUndefined();
      expect(r.headers['content-security-policy']).toContain("script-src 'self'");
    }
    expect((await request(port, 'GET', '/../../etc/passwd')).status).not.toBe(200);
    expect((await request(port, 'GET', '/%2e%2e/%2e%2e/etc/passwd')).status).not.toBe(200);
    expect((await request(port, 'POST', '/index.html')).status).toBe(405);
  });

  it('refuses host calls without the token header, with a wrong one, or with only a cookie', async () => {
    calls.length = 0;
    const body = '[]';
    expect((await request(port, 'POST', '/api/info', { 'Content-Type': 'application/json' }, body)).status).toBe(403);
    expect((await request(port, 'POST', '/api/info', { 'Content-Type': 'application/json', 'X-Draftwatch-Token': 'f'.repeat(64) }, body)).status).toBe(403);
    expect((await request(port, 'POST', '/api/info', { 'Content-Type': 'application/json', Cookie: `dw_token=${token}` }, body)).status).toBe(403);
    expect(calls).toEqual([]);
    const ok = await request(port, 'POST', '/api/info', json(), body);
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toEqual({ ok: true, value: { mode: 'browser' } });
  });

  it('refuses foreign hosts and origins (DNS rebinding, other sites)', async () => {
    expect((await request(port, 'POST', '/api/info', { ...json(), Host: `evil.example:${port}` }, '[]')).status).toBe(403);
    expect((await request(port, 'POST', '/api/info', { ...json(), Origin: 'https://evil.example' }, '[]')).status).toBe(403);
    expect((await request(port, 'GET', '/', { Host: 'evil.example' })).status).toBe(403);
    expect((await request(port, 'POST', '/api/info', { ...json(), Origin: `http://localhost:${port}` }, '[]')).status).toBe(200);
  });

  it('refuses other methods, other content types and unknown calls', async () => {
    expect((await request(port, 'GET', '/api/info', json())).status).toBe(405);
    expect((await request(port, 'POST', '/api/info', { ...json(), 'Content-Type': 'text/plain' }, '[]')).status).toBe(415);
    expect((await request(port, 'POST', '/api/deleteEverything', json(), '[]')).status).toBe(404);
    const bad = await request(port, 'POST', '/api/openProject', json(), '[42]');
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false });
  });

  it('refuses a body over the call’s limit from its declared length, before reading it', async () => {
    calls.length = 0;
    const r = await request(port, 'POST', '/api/openProject', { ...json(), 'Content-Length': 200 * 1024 * 1024 });
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body).error.message).toMatch(/Request too large \(the limit for this call is 64 KB\)/);
    expect(calls).toEqual([]);
  });

  it('refuses a streamed body as soon as it passes the limit', async () => {
    calls.length = 0;
    const chunk = Buffer.alloc(16 * 1024, 0x20);
    const r = await request(port, 'POST', '/api/openProject', json(), undefined, Array.from({ length: 64 }, () => chunk)).catch((e: NodeJS.ErrnoException) => ({ status: e.code === 'ECONNRESET' || e.code === 'EPIPE' ? 413 : 0 }) as Reply);
    expect(r.status).toBe(413);
    expect(calls).toEqual([]);
  });

  it('accepts a large file import under its own limit', async () => {
    calls.length = 0;
    const big = `[{"name":"big.txt","bytes":{"$bytes":"${'QUFB'.repeat(300_000)}"}}]`;
    const r = await request(port, 'POST', '/api/importFile', json(), big);
    expect(r.status).toBe(200);
    expect(calls).toEqual(['importFile']);
  });

  it('answers only a few calls at once; the next ones are told to retry', async () => {
    calls.length = 0;
    const first = request(port, 'POST', '/api/recentProjects', json(), '[]');
    await new Promise((r) => setTimeout(r, 100));
    const firstRelease = release!;
    const second = request(port, 'POST', '/api/recentProjects', json(), '[]');
    await new Promise((r) => setTimeout(r, 100));
    const third = await request(port, 'POST', '/api/info', json(), '[]');
    expect(third.status).toBe(503);
    expect(third.headers['retry-after']).toBe('1');
    firstRelease();
    release!();
    expect((await first).status).toBe(200);
    expect((await second).status).toBe(200);
    expect((await request(port, 'POST', '/api/info', json(), '[]')).status).toBe(200);
  });
});
