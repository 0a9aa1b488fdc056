import { describe, expect, it } from 'vitest';
import path from 'node:path';
import fs from 'node:fs';
import { CONTENT_SECURITY_POLICY, contentTypeOf, resolveStatic } from './static-files';

describe('static files', () => {
  const root = path.resolve('/opt/dw/out/renderer');
  it('maps URL paths inside the renderer folder', () => {
    expect(resolveStatic(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStatic(root, '/assets/index-1.js')).toBe(path.join(root, 'assets/index-1.js'));
    expect(resolveStatic(root, '/assets/a%20b.css')).toBe(path.join(root, 'assets/a b.css'));
  });
  it('refuses anything that leaves it', () => {
    for (const p of ['/../package.json', '/..%2f..%2fetc/passwd', '/assets/../../secret', '/%00', '/%E0%A4%A']) {
      expect(resolveStatic(root, p), p).toBeNull();
    }
  });
  it('serves scripts and styles with their types', () => {
    expect(contentTypeOf('a.js')).toMatch(/javascript/);
    expect(contentTypeOf('a.CSS')).toMatch(/css/);
    expect(contentTypeOf('a.bin')).toBe('application/octet-stream');
  });
});

describe('content security policy', () => {
  it('allows no inline script or style and no eval, and the page repeats the served policy', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/(^|; )style-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/object-src 'none'/);
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(fs.readFileSync('renderer/index.html', 'utf8'))![1]!;
    const directives = (p: string) => p.split(';').map((d) => d.trim()).filter(Boolean).sort();
    // The meta tag cannot carry frame-ancestors; everything else is the same.
    expect(directives(meta)).toEqual(directives(CONTENT_SECURITY_POLICY).filter((d) => !d.startsWith('frame-ancestors')));
  });
});
