import { describe, expect, it } from 'vitest';
import { watchTermSchema, type WatchTerm } from '../model/schema';
import { presenceChartSvg } from './chart';
import { trackToCliJson } from './cli';
import { csvField, trackToCsv } from './csv';
import { defaultWatchList } from './defaults';
import { trackToHtml } from './html';
import { findTerm } from './matcher';
import { generateTrack } from './testing';
import { trackDrafts } from './track';

/** A strict RFC 4180 reader, to check the writer round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
    i++;
  }
  expect(field).toBe('');
  return rows;
}

const g = generateTrack(31, { drafts: 4, paragraphs: 40 });
const hostile: WatchTerm = { id: 'x', phrase: '=HYPERLINK("http://e.vil","a, b") <script>', alternatives: [], category: '@cat', color: '#000000' };
const report = trackDrafts(g.drafts, [...g.terms, hostile], { comparisons: g.comparisons });

describe('CSV', () => {
  it('quotes and neutralises formulas', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField(-2)).toBe('-2');
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
  });

  it('writes the matrix so that it reads back to the report', () => {
    const { matrix, events } = trackToCsv(report);
    const rows = parseCsv(matrix);
    expect(rows[0]).toEqual(['Term', 'Category', 'Alternatives', ...report.drafts.map((d) => d.label), ...report.drafts.map((d) => `${d.label} paragraphs`)]);
    expect(rows).toHaveLength(report.matrix.rows.length + 1);
    report.matrix.rows.forEach((row, i) => {
      const csv = rows[i + 1]!;
      expect(csv[0]).toBe(row.term.phrase.startsWith('=') ? `'${row.term.phrase}` : row.term.phrase);
      expect(csv.slice(3, 3 + report.drafts.length).map(Number)).toEqual(row.cells.map((c) => c.count));
    });
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
    const ev = parseCsv(events);
    expect(ev).toHaveLength(report.events.length + 1);
    expect(ev.slice(1).map((r) => r[1])).toEqual(report.events.map((e) => e.kind));
    for (const r of [...rows, ...ev]) for (const cell of r) expect(cell).not.toMatch(/^[=+\-@]/);
  });
});

describe('SVG chart', () => {
  const svg = presenceChartSvg(report.matrix, { title: 'Terms & drafts' });

  it('has a label per term and per draft, escaped, with no external resource', () => {
    for (const row of report.matrix.rows.slice(0, -1)) expect(svg).toContain(`>${row.term.phrase}</text>`);
    for (const d of report.drafts) expect(svg).toContain(`>${d.label}</text>`);
    expect(svg).not.toContain('<script');
    expect(svg).toContain('Terms &amp; drafts');
    expect(svg.match(/(?:href|url\()/g)).toBeNull();
  });

  it('draws one filled square per present cell, larger for more occurrences', () => {
    const filled = [...svg.matchAll(/<rect data-count="(\d+)"[^>]* width="([\d.]+)"/g)].map((m) => Number(m[2]));
    const present = report.matrix.rows.flatMap((r) => r.cells.filter((c) => c.count > 0).map((c) => c.count));
    expect(filled).toHaveLength(present.length);
    expect([...svg.matchAll(/data-count="(\d+)"/g)].map((m) => Number(m[1]))).toEqual(present);
    const pairs = present.map((n, i) => [n, filled[i]!] as const);
    for (const [n, side] of pairs) for (const [m, other] of pairs) if (n > m) expect(side).toBeGreaterThanOrEqual(other);
  });
});

describe('HTML report', () => {
  it('is one self-contained page holding the chart, the matrix and the events, with text escaped', () => {
    const html = trackToHtml(report);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script|<link|src=|@import/);
    expect(html).toContain('&lt;script&gt;');
    for (const e of report.events.slice(0, 5)) expect(html).toContain(e.details.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  });
});

describe('CLI JSON', () => {
  it('names drafts by file, in the order given, with exactly the documented keys', () => {
    const files = g.drafts.map((_, i) => `draft-${i}.docx`);
    const json = trackToCliJson(report, files);
    expect(Object.keys(json)).toEqual(['terms', 'brackets', 'hedging']);
    expect(json.terms).toHaveLength(report.terms.length);
    for (const [i, t] of json.terms.entries()) {
      expect(Object.keys(t)).toEqual(['term', 'drafts', 'events']);
      expect(t.term).toBe(report.terms[i]!.phrase);
      expect(t.drafts.map((d) => d.file)).toEqual(files);
      expect(t.drafts.map((d) => d.count)).toEqual(report.matrix.rows[i]!.cells.map((c) => c.count));
      for (const d of t.drafts) {
        expect(Object.keys(d)).toEqual(['file', 'label', 'count', 'paragraphs']);
        for (const p of d.paragraphs) expect(Object.keys(p)).toEqual(['number', 'section']);
      }
      for (const e of t.events) {
        expect(files).toContain(e.from);
        expect(files).toContain(e.to);
        expect(['removed', 'added', 'moved', 'reworded', 'count']).toContain(e.kind);
      }
    }
    expect(json.terms.flatMap((t) => t.events)).toHaveLength(report.events.length);
    expect(json.brackets.map((b) => b.count)).toEqual(g.bracketCounts);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe('defaultWatchList', () => {
  it('is a valid, distinct list whose every phrase and alternative matches itself', () => {
    const list = defaultWatchList();
    expect(list.length).toBeGreaterThanOrEqual(8);
    expect(new Set(list.map((t) => t.id)).size).toBe(list.length);
    for (const t of list) {
      expect(watchTermSchema.parse(t)).toEqual(t);
      for (const form of [t.phrase, ...t.alternatives]) expect(findTerm(t, `In the text: ${form}.`)).toHaveLength(1);
    }
    expect(list.map((t) => t.phrase)).toEqual(expect.arrayContaining(['cyber mercenaries', 'technological neutrality', 'capacity-building', 'gender']));
  });
});
