/**
 * Browser mode: the host services behind an HTTP server for machines without the Electron binary
 * and for the end-to-end tests. It listens on 127.0.0.1 only, on a random port, and answers only
 * requests that carry the secret token (as a cookie set from the launch URL, or a header) and
 * whose Host and Origin name this server, so neither other local users' pages nor DNS-rebinding
 * sites can reach a user's files through it.
 */
import http from 'node:http';
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { HostServices } from '../host/services';
import { isHostMethod, validateHostArgs } from '../../shared/host/payloads';
import { decodeWire, encodeWire } from '../../shared/host/wire';
import { SECURITY_HEADERS, contentTypeOf, resolveStatic } from '../host/static-files';

export { CONTENT_SECURITY_POLICY } from '../host/static-files';

/** Requests larger than this are refused (the largest import, 100 MB, travels as about 135 MB of base64). */
const MAX_BODY_BYTES = 160 * 1024 * 1024;
const COOKIE = 'dw_token';

export interface WebServerOptions {
  services: HostServices;
  /** Folder of the built renderer (index.html and assets). */
  staticDir: string;
  port?: number;
  token?: string;
}

export interface WebServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export async function startWebServer(opts: WebServerOptions): Promise<WebServer> {
  const token = opts.token ?? crypto.randomBytes(32).toString('hex');
  let port = 0;
  const server = http.createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error');
      console.error('draftwatch web:', e);
    });
  });

  const allowedHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];
  const allowedOrigins = () => allowedHosts().map((h) => `http://${h}`);

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!allowedHosts().includes(req.headers.host ?? '')) return send(res, 403, 'text/plain', 'Forbidden host');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().includes(origin)) return send(res, 403, 'text/plain', 'Forbidden origin');
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);

    // The launch URL carries the token once; trade it for a cookie and drop it from the address bar.
    const queryToken = url.searchParams.get('token');
    if (req.method === 'GET' && url.pathname === '/' && queryToken !== null) {
      if (!same(queryToken, token)) return send(res, 403, 'text/plain', 'Wrong token');
      res.writeHead(303, {
        Location: '/',
        'Set-Cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        'Cache-Control': 'no-store',
      });
      return void res.end();
    }
    const presented = req.headers['x-draftwatch-token'] ?? cookie(req.headers.cookie, COOKIE);
    if (typeof presented !== 'string' || !same(presented, token)) {
      return send(res, 403, 'text/plain; charset=utf-8', 'Draftwatch: open the address printed when browser mode started (it carries a secret token).');
    }

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, 'text/plain', 'POST only');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'text/plain', 'JSON only');
      return api(url.pathname.slice(5), req, res);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed');
    return serveStatic(url.pathname, res);
  }

  async function api(method: string, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!isHostMethod(method)) return send(res, 404, 'application/json', JSON.stringify({ ok: false, error: { name: 'Error', message: `Unknown host call ${method}` } }));
    let body: string;
    try {
      body = await readBody(req);
    } catch (e) {
      return send(res, 413, 'application/json', JSON.stringify({ ok: false, error: { name: 'Error', message: (e as Error).message } }));
    }
    try {
      const args = validateHostArgs(method, decodeWire(body));
      const value = await call(method, args);
      send(res, 200, 'application/json', encodeWire({ ok: true, value: value ?? null }));
    } catch (e) {
      const err = e as Error;
      send(res, 200, 'application/json', encodeWire({ ok: false, error: { name: err.name ?? 'Error', message: err.message } }));
    }
  }

  async function call(method: string, args: unknown[]): Promise<unknown> {
    if (method === 'choosePath') return { unsupported: true };
    if (method === 'setDirty') return null;
    const fn = (opts.services as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[method];
    if (!fn) throw new Error(`Unknown host call ${method}`);
    return fn(...args);
  }

  async function serveStatic(pathname: string, res: http.ServerResponse): Promise<void> {
    const file = resolveStatic(opts.staticDir, pathname);
    if (!file) return send(res, 403, 'text/plain', 'Forbidden path');
    let data: Buffer;
    try {
      data = await fs.readFile(file);
    } catch {
      return send(res, 404, 'text/plain', 'Not found');
    }
    send(res, 200, contentTypeOf(file), data);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'Content-Type': type, ...SECURITY_HEADERS });
  res.end(body);
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a), y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

function cookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('Request too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
