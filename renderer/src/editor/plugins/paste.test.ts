// @vitest-environment jsdom
/**
 * Safe paste: what the schema's parser keeps of hostile or messy HTML (Word's, a browser's, a
 * copy of Draftwatch's own redline), how pasted blocks get their identity, and the size limit.
 */
import { describe, expect, it } from 'vitest';
import { DOMParser as PMParser, Fragment, Slice } from 'prosemirror-model';
import { draftSchema } from '../schema/schema';
import { cleanPasted, MAX_PASTE_HTML, MAX_PASTE_TEXT, pasteRefusal } from './paste';
import { demoDraft, workingState } from '../testing/builders';

function parse(html: string): Slice {
  const div = document.createElement('div');
  div.innerHTML = html;
  return PMParser.fromSchema(draftSchema).parseSlice(div);
}

const marksOf = (slice: Slice): string[] => {
  const out: string[] = [];
  slice.content.descendants((n) => {
    for (const m of n.marks) out.push(m.type.name === 'link' ? `link:${String(m.attrs.href)}` : m.type.name);
    return true;
  });
  return out;
};

describe('safe paste', () => {
  it('keeps text, paragraphs and emphasis; drops scripts, frames, images and styles', () => {
    const slice = parse(
      '<p>States <b>should</b> <i>consider</i><script>alert(1)</script> measures.</p><iframe src="https://evil.example"></iframe>' +
        '<img src="x" onerror="alert(2)"><style>p{color:red}</style><p style="font-weight:bold">Second <span style="font-style:italic">paragraph</span>.</p>',
    );
    expect(slice.content.textBetween(0, slice.content.size, '\n')).toBe('States should consider measures.\nSecond paragraph.');
    expect(marksOf(slice)).toEqual(expect.arrayContaining(['bold', 'italic']));
    const json = JSON.stringify(slice.toJSON());
    expect(json).not.toMatch(/alert|evil|onerror|img|iframe/);
  });

  it('keeps http, https and mailto links only; the text of any other link stays, its target goes', () => {
    const slice = parse(
      '<p><a href="https://undocs.org/A/78/265">report</a> <a href="javascript:alert(1)">click</a> <a href=" JaVaScRiPt:alert(1)">again</a> ' +
        '<a href="java\tscript:alert(1)">tab</a> <a href="data:text/html,x">data</a> <a href="mailto:chair@example.org">mail</a> <a href="#_ftn1">[1]</a></p>',
    );
    expect(slice.content.textBetween(0, slice.content.size)).toBe('report click again tab data mail [1]');
    expect(marksOf(slice).filter((m) => m.startsWith('link:'))).toEqual(['link:https://undocs.org/A/78/265', 'link:mailto:chair@example.org']);
  });

  it('leaves deleted words, printed numbers and statuses of a copied redline out of the text', () => {
    const slice = parse(
      '<div class="dw-para" data-id="p12" data-number="12"><span class="dw-num">12.</span><p class="dw-text">States <del class="dw-del">could</del><ins class="dw-ins">should</ins> act.</p>' +
        '<ol class="dw-footnotes"><li>See A/1.</li></ol></div>',
    );
    expect(slice.content.textBetween(0, slice.content.size)).toBe('States should act.');
    expect(slice.content.firstChild!.attrs).toMatchObject({ id: 'p12', numbered: true });
  });

  it('reads Word HTML as paragraphs and emphasis, without its conditional comments and styles', () => {
    const word =
      '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>/* Style Definitions */ p.MsoNormal{margin:0}</style></head><body>' +
      '<!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]-->' +
      '<p class="MsoNormal"><span lang="EN-GB">1.<span style="mso-tab-count:1"> </span>The Group <b><span>welcomed</span></b> the report.<o:p></o:p></span></p>' +
      '<p class="MsoListParagraph" style="mso-list:l0 level1 lfo1"><span>(a)</span> first point;<o:p></o:p></p></body></html>';
    const slice = parse(word);
    expect(slice.content.childCount).toBe(2);
    expect(slice.content.textBetween(0, slice.content.size, '\n')).toContain('The Group welcomed the report.');
    expect(marksOf(slice)).toContain('bold');
  });

  it('gives pasted copies new identities and keeps a cut paragraph’s (a move)', () => {
    const base = demoDraft();
    const state = workingState(base);
    const p3 = state.doc.child(4);
    const alone = new Slice(Fragment.from(p3), 0, 0);
    // A copy of a paragraph still in the draft: a new identity.
    expect(cleanPasted(alone, state.doc, base).content.firstChild!.attrs.id).toBe('');
    // The paragraph after it was cut: no longer in the draft, a base id of the same kind, kept.
    let pos = 0;
    for (let i = 0; i < 4; i++) pos += state.doc.child(i).nodeSize;
    const cut = state.apply(state.tr.delete(pos, pos + p3.nodeSize)).doc;
    expect(cleanPasted(alone, cut, base).content.firstChild!.attrs.id).toBe(p3.attrs.id);
    // A hostile paste claiming a base id of another kind does not get it.
    const forged = new Slice(Fragment.from(draftSchema.nodes.heading!.create({ id: String(p3.attrs.id) }, draftSchema.text('x'))), 0, 0);
    expect(cleanPasted(forged, cut, base).content.firstChild!.attrs.id).toBe('');
  });

  it('refuses a paste too large to take in without freezing the window, saying so', () => {
    expect(pasteRefusal(200_000, 80_000)).toBeNull();
    expect(pasteRefusal(0, MAX_PASTE_TEXT)).toBeNull();
    const five = pasteRefusal(5_200_000, 4_900_000)!;
    expect(five).toMatch(/^Nothing was pasted: the clipboard holds 5\.2 MB of text/);
    expect(five).toMatch(/Import the document as a draft instead/);
    expect(pasteRefusal(0, MAX_PASTE_TEXT + 1)).toMatch(/Nothing was pasted/);
    expect(pasteRefusal(MAX_PASTE_HTML + 1, 10)).toMatch(/Nothing was pasted/);
  });
});
