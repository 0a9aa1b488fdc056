import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { contentTypeOf, resolveStatic } from './static-files';

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
