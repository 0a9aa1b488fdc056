import { test, expect, startServer } from './fixtures';
import net from 'node:net';

// Browser mode exposes a user's files over HTTP: it must answer only this app, on loopback only.
test('browser mode refuses requests without the token or from a foreign origin or host', async ({ request }) => {
  const server = await startServer();
  try {
    const base = `http://127.0.0.1:${server.port}`;
    const api = `${base}/api/info`;
    const json = { 'Content-Type': 'application/json' };

    expect((await request.post(api, { data: '[]', headers: json })).status()).toBe(403);
    expect((await request.post(api, { data: '[]', headers: { ...json, 'X-Draftwatch-Token': 'wrong' } })).status()).toBe(403);
    expect((await request.get(`${base}/`)).status()).toBe(403);
    expect((await request.get(`${base}/?token=wrong`, { maxRedirects: 0 })).status()).toBe(403);

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

    // The launch URL trades the token for a cookie and a CSP-protected page.
    const page = await request.get(server.url);
    expect(page.status()).toBe(200);
    expect(page.headers()['content-security-policy']).toContain("script-src 'self'");

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
