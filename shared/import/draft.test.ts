import { describe, expect, it } from 'vitest';
import { defaultLabel, importText, toDraft } from './index';
import { sha256Hex } from '../util/sha256';

describe('toDraft', () => {
  const content = importText('Zero draft of the report\nI. Intro\n1. Text one.\n2. Text two.\n', 'text');

  it('assigns ids in block order and hashes the bytes', () => {
    const bytes = new TextEncoder().encode('whatever');
    const d = toDraft(content, { fileName: 'zero.txt', bytes, now: new Date('2025-01-02T03:04:05Z') });
    expect(d.blocks.map((b) => b.id)).toEqual(['h1', 'p1', 'p2']);
    expect(d.hash).toBe(sha256Hex(bytes));
    expect(d.label).toBe('Zero draft');
    expect(d.importedAt).toBe('2025-01-02T03:04:05.000Z');
    expect(d.sourceName).toBe('zero.txt');
  });

  it('finds revision markers in symbol, title, then file name', () => {
    expect(defaultLabel('Draft report', 'A/AC.292/2025/CRP.1/Rev.2', null)).toBe('Rev.2');
    expect(defaultLabel('Final report of the group', null, 'x.docx')).toBe('Final');
    expect(defaultLabel('Draft report', null, 'oewg_rev3.pdf')).toBe('Rev.3');
    expect(defaultLabel('Draft report', null, 'report.pdf')).toBe('Draft report');
    expect(defaultLabel('', null, 'report.pdf')).toBe('report');
  });
});
