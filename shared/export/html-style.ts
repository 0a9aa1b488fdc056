/**
 * What the HTML exports share: escaping, the redline marks and the stylesheet. Changes read
 * without colour (underline for insertions, strike for deletions, words for paragraph-level
 * changes) and print as a blackline (A4, no paragraph cut across pages, running header, page
 * numbers where the browser draws page margin boxes).
 */
import type { DiffOp } from '../compare/types';
import type { MarkedOp } from './emphasis';

/** Text made safe for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Diff ops as HTML: `<ins>` for insertions, `<del>` for deletions, plain text for the rest. */
export function opsToHtml(ops: readonly DiffOp[]): string {
  return markedToHtml(ops.map(([op, text]) => ({ op, text, marks: [] })));
}

/** Diff ops with emphasis as HTML (`<em>`, `<strong>`, and a class for underline). */
export function markedToHtml(ops: readonly MarkedOp[]): string {
  return ops
    .map(({ op, text, marks }) => {
      let t = escapeHtml(text);
      if (marks.includes('italic')) t = `<em>${t}</em>`;
      if (marks.includes('bold')) t = `<strong>${t}</strong>`;
      if (marks.includes('underline')) t = `<span class="ul">${t}</span>`;
      return op === '=' ? t : op === '+' ? `<ins>${t}</ins>` : `<del>${t}</del>`;
    })
    .join('');
}

/** The stylesheet of the redline and table exports; `runningHeader` is printed atop each page. */
export function exportCss(runningHeader: string): string {
  // CSS strings need their own escaping: quotes and backslashes; and "<" as a CSS escape, so no
  // label can close the <style> element it sits in.
  const header = runningHeader.replace(/[\\"]/g, '\\$&').replace(/</g, '\\3C ').replace(/\n/g, ' ');
  return `
:root { --ins: #1f4e9a; --ins-bg: #e7effb; --del: #b00020; --del-bg: #fbe9ec; --move: #6a3d9a; --muted: #555; --rule: #c8c8c8; }
* { box-sizing: border-box; }
html { font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; font-size: 12pt; line-height: 1.45; color: #111; background: #fff; }
body { max-width: 48rem; margin: 2rem auto; padding: 0 1.5rem; }
body.wide { max-width: none; }
h1 { font-family: "Helvetica Neue", Arial, "Liberation Sans", sans-serif; font-size: 1.45rem; margin: 0 0 .6rem; }
.cover { border-bottom: 2px solid #222; padding-bottom: .8rem; margin-bottom: 1.4rem; font-family: "Helvetica Neue", Arial, "Liberation Sans", sans-serif; font-size: 9.5pt; }
.cover dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0 0 .6rem; }
.cover dt { font-weight: bold; }
.cover dd { margin: 0; }
.legend { margin: .4rem 0 0; }
.legend > span { margin-right: 1.2rem; white-space: nowrap; }
ins { color: var(--ins); background: var(--ins-bg); text-decoration: underline; text-decoration-thickness: 1px; text-underline-offset: 2px; }
del { color: var(--del); background: var(--del-bg); text-decoration: line-through; }
.row { margin: 0 0 .75rem; break-inside: avoid; page-break-inside: avoid; }
.row p { margin: 0; text-align: justify; }
.row.level-1 p { margin-left: 2.2rem; }
.row.level-2 p { margin-left: 4.4rem; }
.row h2, .row h3, .row h4 { font-family: "Helvetica Neue", Arial, "Liberation Sans", sans-serif; margin: 1.2rem 0 .4rem; break-after: avoid; page-break-after: avoid; }
.row h2 { font-size: 1.15rem; } .row h3 { font-size: 1.05rem; } .row h4 { font-size: 1rem; font-style: italic; }
.row.heading { break-after: avoid; page-break-after: avoid; }
.meta { font-family: "Helvetica Neue", Arial, "Liberation Sans", sans-serif; font-size: 8pt; color: var(--muted); margin: 0 0 .1rem; }
.badge { display: inline-block; border: 1px solid currentColor; border-radius: 3px; padding: 0 .3em; margin-right: .5em; font-weight: bold; text-transform: uppercase; letter-spacing: .03em; font-size: 7pt; }
.k-inserted .badge, .k-split .badge { color: var(--ins); }
.k-deleted .badge, .k-merged .badge { color: var(--del); }
.k-moved .badge { color: var(--move); }
.k-modified .badge { color: #444; }
.para-inserted, .para-deleted, .para-moved { border-left: 3px solid; padding-left: .6rem; }
.para-inserted { border-left-color: var(--ins); }
.para-deleted { border-left-color: var(--del); }
.para-moved { border-left-color: var(--move); border-left-style: double; }
.para-deleted p { color: var(--del); }
.note { font-style: italic; }
.annotation { font-family: "Helvetica Neue", Arial, "Liberation Sans", sans-serif; font-size: 8.5pt; margin: .2rem 0 0 1rem; padding: .2rem .5rem; border-left: 2px solid #999; background: #f6f6f6; }
table.sxs { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: 10pt; }
table.sxs th, table.sxs td { border: 1px solid var(--rule); padding: .35rem .45rem; vertical-align: top; text-align: left; }
table.sxs thead th { background: #eee; font-family: "Helvetica Neue", Arial, "Liberation Sans", sans-serif; }
table.sxs thead { display: table-header-group; }
table.sxs tr { break-inside: avoid; page-break-inside: avoid; }
table.sxs td.empty { background: #fafafa; color: var(--muted); font-style: italic; }
table.sxs tr.heading td { font-weight: bold; background: #f4f4f4; }
.num { font-weight: bold; }
.ul { text-decoration: underline double; }
[dir="rtl"], p:dir(rtl) { text-align: right; }
footer.provenance { margin-top: 2rem; border-top: 1px solid var(--rule); padding-top: .5rem; font-size: 8pt; color: var(--muted); font-family: "Helvetica Neue", Arial, "Liberation Sans", sans-serif; }
@page { size: A4; margin: 18mm 16mm 18mm 16mm;
  @top-center { content: "${header}"; font-family: Arial, sans-serif; font-size: 8pt; color: #555; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font-family: Arial, sans-serif; font-size: 8pt; color: #555; } }
@page wide { size: A4 landscape; }
body.wide { page: wide; }
@media print {
  html { font-size: 11pt; }
  body { max-width: none; margin: 0; padding: 0; }
  ins, del { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .para-inserted, .para-deleted, .para-moved, .badge, table.sxs thead th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
`;
}
