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
      'p|null|0|Zero draft – ICT security',
      'p|null|0|A/AC.292/2026/L.2',
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
    const p12 = c.blocks.filter(isParagraph)[2]!;
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

  it('decodes every named character reference as a browser does, case included', async () => {
    const c = await importBytes(html('<p>&Eacute;tats &eacute;t&eacute; &notin; &amp; &lt;b&gt; &hellip; &Omega;&omega; &#x41;&#66; &nbsp;&NotANamedOne;</p>'), 'e.html');
    expect(c.blocks.map((b) => b.text)).toEqual(['États été ∉ & <b> … Ωω AB \u00a0&NotANamedOne;']);
  });

  it('reads malformed HTML the way browsers repair it', async () => {
    const source = '<p>One<p>Two <b>bold <i>both</b> italic</i><table><tr><td>cell<td>next</table><li>stray item<div>after';
    const c = await importBytes(html(source), 'bad.html');
    expect(c.blocks.map((b) => b.text)).toEqual(['One', 'Two bold both italic', 'cell | next', 'stray item', 'after']);
    const two = c.blocks.filter(isParagraph)[1]!;
    expect(two.runs).toEqual([{ text: 'Two ' }, { text: 'bold ', marks: ['bold'] }, { text: 'both', marks: ['bold', 'italic'] }, { text: ' italic', marks: ['italic'] }]);
  });

  it('keeps no markup and drops what a browser does not show: scripts, forms, hidden elements', async () => {
    const source = `<head><title>Named in the title bar</title></head><body><p onclick="x()">Shown <span hidden>hidden</span><span style="color:red; display: none">none</span>text.</p>
      <select><option>choice</option></select><textarea>typed</textarea><svg><text>drawn</text></svg><template><p>later</p></template><noscript>no script</noscript>
      <p><img src=x onerror="alert(1)">Image alt is not text.</p></body>`;
    const c = await importBytes(html(source), 'safe.html');
    expect(c.blocks.map((b) => b.text)).toEqual(['Shown text.', 'Image alt is not text.']);
    expect(c.title).toBe('Named in the title bar'); // the title bar names the draft; it is no paragraph
  });
});
