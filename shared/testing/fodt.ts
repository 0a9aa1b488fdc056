/**
 * A Draft written as a flat ODT document, for LibreOffice to turn into PDF (or DOCX): the PDF
 * importer is measured on what a real word processor lays out, not on text shaped by our own code.
 * Layouts vary the way drafts do: Word-style automatic numbering or typed numbers, justified and
 * hyphenated or ragged text, one or two columns, narrow pages that break lines at hyphens.
 */
import type { Draft } from '../model/draft';

/** How the draft is laid out. */
export interface FodtLayout {
  /** Paragraph numbers as a list the word processor numbers, or typed into the text. */
  numbering: 'auto' | 'typed';
  /** Justified text with automatic hyphenation (LibreOffice breaks "negoti-ation" at line ends). */
  hyphenate: boolean;
  columns: 1 | 2;
  /** Page width in inches (narrower pages break more lines inside compound words). */
  pageWidth: number;
  /** Text before the body (symbol, date) and the title line. */
  symbol: string;
  date: string;
}

/** Text escaped for XML. */
export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A flat ODT document: its styles (the lines inside office:styles), its page layout properties
 * (the lines inside the one page layout) and its body lines. The part every generated fixture shares.
 */
export function flatOdt(styles: string, pageLayout: string, body: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
  office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:styles>
${styles} </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
${pageLayout}  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
 <office:body>
  <office:text>
${body.map((l) => `   ${l}`).join('\n')}
  </office:text>
 </office:body>
</office:document>
`;
}

/** The draft as a flat ODT document. Headings of level 2 are sections ("A."), level 3 parts. */
export function draftToFodt(draft: Draft, layout: FodtLayout): string {
  const justify = layout.hyphenate ? ' fo:text-align="justify" fo:hyphenate="true" fo:hyphenation-remain-char-count="3" fo:hyphenation-push-char-count="3"' : '';
  const body: string[] = [];
  body.push(`<text:p text:style-name="Symbol">${esc(layout.symbol)}</text:p>`);
  body.push(`<text:p text:style-name="Symbol">${esc(layout.date)}</text:p>`);
  body.push(`<text:p text:style-name="Title">${esc(draft.title)}</text:p>`);
  let listOpen = false;
  let first = true;
  const closeList = (): void => {
    if (listOpen) body.push('</text:list>');
    listOpen = false;
  };
  for (const b of draft.blocks) {
    if (b.kind === 'heading') {
      closeList();
      const style = b.level <= 2 ? 'Heading_20_2' : 'Heading_20_3';
      const text = b.number ? `${b.number}.\t${b.text}` : b.text;
      body.push(`<text:h text:style-name="${style}" text:outline-level="${Math.min(b.level, 3)}">${esc(text)}</text:h>`);
      continue;
    }
    if (layout.numbering === 'typed' || !b.number) {
      closeList();
      const text = b.number ? `${b.number}.\t${b.text}` : b.text;
      body.push(`<text:p text:style-name="Body">${esc(text)}</text:p>`);
      continue;
    }
    if (!listOpen) {
      body.push(first ? '<text:list xml:id="paras" text:style-name="Paras">' : '<text:list text:continue-list="paras" text:style-name="Paras">');
      first = false;
      listOpen = true;
    }
    body.push(`<text:list-item><text:p text:style-name="Listed">${esc(b.text)}</text:p></text:list-item>`);
  }
  closeList();
  return flatOdt(`  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:margin-bottom="0.1in"/>
   <style:text-properties fo:font-size="11pt" fo:language="en" fo:country="${layout.hyphenate ? 'US' : 'GB'}" style:font-name="Liberation Serif"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph"/>
  <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties${justify}>
    <style:tab-stops><style:tab-stop style:position="0.5in"/></style:tab-stops>
   </style:paragraph-properties>
   <style:text-properties${layout.hyphenate ? ' fo:hyphenate="true"' : ''}/>
  </style:style>
  <style:style style:name="Listed" style:family="paragraph" style:parent-style-name="Body" style:list-style-name="Paras"/>
  <style:style style:name="Symbol" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="end"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0.2in"/>
   <style:text-properties fo:font-size="15pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2">
   <style:paragraph-properties fo:margin-top="0.12in" fo:keep-with-next="always">
    <style:tab-stops><style:tab-stop style:position="0.5in"/></style:tab-stops>
   </style:paragraph-properties>
   <style:text-properties fo:font-size="12pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="3">
   <style:paragraph-properties fo:keep-with-next="always"/>
   <style:text-properties fo:font-style="italic" fo:font-weight="bold"/>
  </style:style>
  <text:list-style style:name="Paras">
   <text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix=".">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.5in" fo:text-indent="-0.5in" fo:margin-left="0.5in"/>
    </style:list-level-properties>
   </text:list-level-style-number>
  </text:list-style>
`, `   <style:page-layout-properties fo:page-width="${layout.pageWidth}in" fo:page-height="11.69in" fo:margin-top="0.7in" fo:margin-bottom="0.7in" fo:margin-left="0.8in" fo:margin-right="0.8in">
    ${layout.columns === 2 ? '<style:columns fo:column-count="2" fo:column-gap="0.3in"/>' : ''}
   </style:page-layout-properties>
`, body);
}
