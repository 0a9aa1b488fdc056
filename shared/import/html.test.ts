import { describe, expect, it } from 'vitest';
import { importBytes } from './index';
import { isParagraph } from '../model/draft';

const html = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('importHtml', () => {
  const source = `<!DOCTYPE html><html><head><title>Ignored when h1 exists</title>
    <style>p { color: red }</style><script>document.write('<p>evil</p>')</script></head>
    <body><h1>Zero draft &ndash; ICT security</h1>
    <p>A/AC.292/2026/L.2</p>
    <h2>I. Introduction</h2>
    <ol start="12"><li>States <strong>agreed</strong> on <em>several</em> points:
      <ol type="a"><li>first&nbsp;point;</li><li value="4">fourth point;</li></ol></li>
      <li><p>Wrapped in a paragraph.</p></li></ol>
    <h3>A. Overview</h3>
    <table><tr><th>Measure</th><th>Status</th></tr><tr><td>Directory</td><td>[Pending]</td></tr></table>
    <ul><li>a bullet</li></ul>
    <p>Unclosed <b>bold paragraph
    </body></html>`;

  it('keeps headings, ol numbering (start, type, value), tables and marks; drops script and style', async () => {
    const c = await importBytes(html(source), 'draft.html');
    expect(c.format).toBe('html');
    expect(c.title).toBe('Zero draft – ICT security');
    expect(c.symbol).toBe('A/AC.292/2026/L.2');
    expect(c.blocks.map((b) => `${b.kind[0]}|${b.number}|${b.level}|${b.text}`)).toEqual([
      'h|I|1|Introduction',
      'p|12|0|States agreed on several points:',
      'p|(a)|1|first\u00a0point;',
      'p|(d)|1|fourth point;',
      'p|13|0|Wrapped in a paragraph.',
      'h|A|2|Overview',
      'p|null|0|Measure | Status',
      'p|null|0|Directory | [Pending]',
      'p|null|0|a bullet',
      'p|null|0|Unclosed bold paragraph',
    ]);
    const p12 = c.blocks.filter(isParagraph)[0]!;
    expect(p12.runs).toEqual([
      { text: 'States ' }, { text: 'agreed', marks: ['bold'] }, { text: ' on ' }, { text: 'several', marks: ['italic'] }, { text: ' points:' },
    ]);
    expect(c.blocks.some((b) => b.text.includes('evil') || b.text.includes('color'))).toBe(false);
  });

  it('links Word-style footnotes to their paragraph', async () => {
    const word = `<html><body><p>1. Text citing a report<a href="#_ftn1" name="_ftnref1">[1]</a> here.</p>
      <div id="ftn1"><p><a href="#_ftnref1" name="_ftn1">[1]</a> See A/70/174.</p></div></body></html>`;
    const c = await importBytes(html(word), 'word.htm');
    expect(c.blocks).toHaveLength(1);
    expect(c.blocks[0]).toMatchObject({ number: '1', text: 'Text citing a report here.', footnotes: [{ marker: '1', text: 'See A/70/174.' }] });
  });
});
