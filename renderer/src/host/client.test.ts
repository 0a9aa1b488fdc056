import { describe, expect, it } from 'vitest';
import { takeToken } from './client';

const storage = () => {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
};

describe('browser mode’s token', () => {
  it('moves from the address’s fragment to session storage and out of the address bar', () => {
    const s = storage();
    const replaced: string[] = [];
    const token = 'ab'.repeat(32);
    expect(takeToken({ hash: `#token=${token}`, pathname: '/', search: '' }, s, (u) => replaced.push(u))).toBe(token);
    expect(replaced).toEqual(['/']);
    // A reload (no fragment any more) finds it in this tab's storage.
    expect(takeToken({ hash: '', pathname: '/', search: '' }, s, (u) => replaced.push(u))).toBe(token);
    expect(replaced).toEqual(['/']);
  });

  it('ignores anything that is not a token', () => {
    expect(takeToken({ hash: '#token=<script>', pathname: '/', search: '' }, storage(), () => {})).toBe('');
  });
});
