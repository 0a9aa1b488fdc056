/**
 * Browser mode: the host services behind an HTTP server for machines without the Electron binary
 * and for the end-to-end tests. It listens on 127.0.0.1 only, on a random port. Host calls need
 * the secret token in the X-Draftwatch-Token header (the launch URL carries it in its fragment,
 * which browsers never send, and the page keeps it in session storage: no cookie that every other
 * service on 127.0.0.1 would receive), and a Host and Origin naming this server, so neither other
 * local users' pages nor DNS-rebinding sites reach a user's files through it. Bodies are streamed
 * against a size limit per call, and only a few calls run at once.
 */
import http from 'node:http';
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { HostServices } from '../host/services';
import { isHostMethod, validateHostArgs, type HostMethod } from '../../shared/host/payloads';
import { decodeWire, encodeWire } from '../../shared/host/wire';
import { SECURITY_HEADERS, contentTypeOf, resolveStatic } from '../host/static-files';

export { CONTENT_SECURITY_POLICY } from '../host/static-files';

const MB = 1024 * 1024;
/**
 * Largest body of each call: the largest import (100 MB) travels as about 135 MB of base64; a
 * project can reach 512 MB; calls without files are small.
 */
export const BODY_LIMITS: Readonly<Partial<Record<HostMethod, number>>> = Object.freeze({
  importFile: 140 * MB,
  saveProject: 520 * MB,
  autosave: 520 * MB,
  printPdf: 260 * MB,
  writeExport: 200 * MB,
});
const SMALL_BODY = 64 * 1024;
/** Host calls answered at once; more get 503 and the client retries. */
export const MAX_CONCURRENT_CALLS = 8;

export interface WebServerOptions {
  services: HostServices;
  /** Folder of the built renderer (index.html and assets). */
  staticDir: string;
  port?: number;
  token?: string;
  /** Host calls answered at once (tests lower it). */
  maxConcurrentCalls?: number;
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

  const maxCalls = opts.maxConcurrentCalls ?? MAX_CONCURRENT_CALLS;
  let active = 0;
  const allowedHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];
  const allowedOrigins = () => allowedHosts().map((h) => `http://${h}`);

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!allowedHosts().includes(req.headers.host ?? '')) return send(res, 403, 'text/plain', 'Forbidden host');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().includes(origin)) return send(res, 403, 'text/plain', 'Forbidden origin');
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);

    if (url.pathname.startsWith('/api/')) {
      const presented = req.headers['x-draftwatch-token'];
      if (typeof presented !== 'string' || !same(presented, token)) {
        return send(res, 403, 'text/plain; charset=utf-8', 'Draftwatch: open the address printed when browser mode started (it carries a secret token).');
      }
      if (req.method !== 'POST') return send(res, 405, 'text/plain', 'POST only');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'text/plain', 'JSON only');
      if (active >= maxCalls) {
        res.setHeader('Retry-After', '1');
        return refuse(req, res, 503, 'Draftwatch is busy with other requests; try again.');
      }
      active++;
      try {
        return await api(url.pathname.slice(5), req, res);
      } finally {
        active--;
      }
    }
    // The app's own files are public (no secrets in them): a page cannot send a header with the
    // scripts and styles it loads, so only host calls need the token.
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed');
    return serveStatic(url.pathname, res);
  }

  async function api(method: string, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!isHostMethod(method)) return refuse(req, res, 404, `Unknown host call ${method}`);
    const limit = BODY_LIMITS[method] ?? SMALL_BODY;
    let body: string;
    try {
      body = await readBody(req, limit);
    } catch (e) {
      return refuse(req, res, 413, (e as Error).message);
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
    if (method === 'setDirty' || method === 'setUiLanguage') return null;
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
  // A slow or stalled client cannot hold a connection for ever.
  server.headersTimeout = 20_000;
  server.requestTimeout = 10 * 60_000;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
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

/** Answer with a JSON refusal; the rest of the request's body is not read. */
function refuse(req: http.IncomingMessage, res: http.ServerResponse, status: number, message: string): void {
  res.setHeader('Connection', 'close');
  // Whatever of the body is still coming is not read: the connection ends with the answer.
  res.once('finish', () => req.destroy());
  send(res, status, 'application/json', JSON.stringify({ ok: false, error: { name: 'Error', message } }));
}

/** The body as text, streamed and refused as soon as it is larger than `limit` bytes. */
function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  const tooLarge = () => new Error(`Request too large (the limit for this call is ${limit >= MB ? `${Math.round(limit / MB)} MB` : `${Math.round(limit / 1024)} KB`}).`);
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        req.off('data', onData);
        chunks.length = 0;
        reject(tooLarge());
        return;
      }
      chunks.push(c);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
