import { describe, expect, it } from 'vitest';
import { defaultLabel, importText, toDraft } from './index';
import { sha256Hex } from '../util/sha256';

describe('toDraft', () => {
  const content = importText('A/AC.292/2025/L.1\nZero draft of the report\nI. Intro\n1. Text one.\n2. Text two.\n', 'text');

  it('assigns ids in block order and hashes the bytes', () => {
    const bytes = new TextEncoder().encode('whatever');
    const d = toDraft(content, { fileName: 'zero.txt', bytes, now: new Date('2025-01-02T03:04:05Z') });
    expect(d.blocks.map((b) => b.id)).toEqual(['p1', 'p2', 'h1', 'p3', 'p4']);
    expect(d.title).toBe('Zero draft of the report');
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

  it('takes the file name as the title when the document marks none', () => {
    const d = toDraft(importText('January 2014\nProgress on the work plan\n1. The group met.', 'text'), { fileName: 'progress-2014.txt' });
    expect(d.title).toBe('progress-2014');
    expect(d.date).toBeNull(); // "January 2014" is no full date
    expect(d.blocks.map((b) => b.text)).toEqual(['January 2014', 'Progress on the work plan', 'The group met.']);
  });
});
