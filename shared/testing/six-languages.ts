/**
 * Three drafts (zero draft, Rev.1, final) of one OEWG-style progress report in each of the six UN
 * languages, with the truth of every paragraph: its number and label as that language prints
 * them, its text and its section path. The texts are written for these fixtures, in the wording
 * of UN reports in each language: chapters ("I.", "أولا -", "一、"), sections ("A.", "А.", "ألف -",
 * "（一）"), the Discussion and Recommended next steps parts, numbered paragraphs ("1.", "1 -",
 * "١ -") and subparagraphs ("(a)", "a)", "а)", "(أ)").
 *
 * Between the drafts (the same edits in every language):
 * - zero → Rev.1: the paragraph holding the watched term in A's recommendations moves into B's
 *   discussion (a downgrade); the term is reworded in B's discussion; "should" → "could" in A's
 *   recommendations; a paragraph of A's discussion is deleted, one is inserted in C's discussion;
 * - Rev.1 → final: the term is removed from the moved paragraph (gone from the draft); "should" →
 *   "could" in C's recommendations; small edits. The Arabic final draft prints its paragraph
 *   numbers in Arabic-Indic digits ("١ -").
 *
 * `scripts/write-six-languages.ts` writes them as flat ODT for LibreOffice (scripts/make-fixtures.sh),
 * which makes the DOCX and PDF files in shared/import/fixtures/six/.
 */

import { esc, flatOdt } from './fodt';
import { DRAFT_NAMES, SIX_LANGUAGES, type SixCode, type SixLanguage, type Texts, type Versions } from './six-languages-texts';

export { DRAFT_NAMES, SIX_CODES, SIX_LANGUAGES, type SixCode, type SixLanguage } from './six-languages-texts';

/** A heading or paragraph of a generated draft, as printed and as it must be imported. */
export type SixBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; label: string; text: string; printed: string }
  | {
      kind: 'paragraph';
      /** The role of the paragraph in the report (its identity across drafts). */
      key: string;
      level: 0 | 1;
      /** The label as printed ("12.", "12 -", "(a)", "а)"). */
      label: string;
      /** The number as cited: subparagraphs after their parent's ("8(a)", "8 -(أ)" is "8(أ)"). */
      cited: string;
      text: string;
      section: string[];
    };

export interface SixDraft {
  language: SixLanguage;
  /** 0 zero draft, 1 Rev.1, 2 final. */
  index: number;
  name: string;
  /** The masthead lines: symbol, date, title. */
  front: [string, string, string];
  blocks: SixBlock[];
}

const pick = (v: Versions, d: number): string => (typeof v === 'string' ? v : v[d]!);

type Item = { key: keyof Texts; subs?: Array<keyof Texts> };

/** The report's outline in draft d: chapters, sections, parts and the paragraphs in each. */
function outline(d: number): Array<{ chapter: number; section?: number; part?: 'discussion' | 'recommendations'; items: Item[] }> {
  const aDiscussion: Item[] = d === 0 ? [{ key: 'a1' }, { key: 'a2' }, { key: 'a3' }] : [{ key: 'a1' }, { key: 'a2' }];
  const aRecs: Item[] = [...(d === 0 ? [{ key: 'a4' as const }] : []), { key: 'a5', subs: ['a5a', 'a5b', 'a5c'] }];
  const bDiscussion: Item[] = d === 0 ? [{ key: 'b1' }, { key: 'b2' }] : [{ key: 'b1' }, { key: 'b2' }, { key: 'a4' }];
  const cDiscussion: Item[] = d === 0 ? [{ key: 'c1' }, { key: 'c2' }] : [{ key: 'c1' }, { key: 'cNew' }, { key: 'c2' }];
  return [
    { chapter: 0, items: [{ key: 'i1' }, { key: 'i2' }] },
    { chapter: 1, section: 0, part: 'discussion', items: aDiscussion },
    { chapter: 1, section: 0, part: 'recommendations', items: aRecs },
    { chapter: 1, section: 1, part: 'discussion', items: bDiscussion },
    { chapter: 1, section: 1, part: 'recommendations', items: [{ key: 'b3' }] },
    { chapter: 1, section: 2, part: 'discussion', items: cDiscussion },
    { chapter: 1, section: 2, part: 'recommendations', items: [{ key: 'c3' }] },
    { chapter: 2, items: [{ key: 'z1' }] },
  ];
}

/** Draft d (0 zero, 1 Rev.1, 2 final) of a language's report, with the truth of every block. */
export function sixDraft(lang: SixLanguage, d: number): SixDraft {
  const { labels } = lang;
  const blocks: SixBlock[] = [];
  const heading = (level: 1 | 2 | 3, label: string, text: string): string => {
    const printed = label ? `${label}${labels.headingSpace}${text}` : text;
    blocks.push({ kind: 'heading', level, label, text, printed });
    return printed;
  };
  let chapter = -1;
  let section = -1;
  let path: string[] = [];
  let n = 0;
  for (const part of outline(d)) {
    if (part.chapter !== chapter) {
      chapter = part.chapter;
      section = -1;
      path = [heading(1, labels.chapter[chapter]!, lang.chapters[chapter]!)];
    }
    if (part.section !== undefined && part.section !== section) {
      section = part.section;
      path = [path[0]!, heading(2, labels.section[section]!, lang.sections[section]!)];
    }
    const section3 = part.part ? [...path.slice(0, 2), heading(3, '', part.part === 'discussion' ? lang.discussion : lang.recommendations)] : path;
    for (const item of part.items) {
      const label = labels.paragraph(++n, d);
      const number = label.replace(/[.\s-]+$/, '');
      blocks.push({ kind: 'paragraph', key: item.key, level: 0, label, cited: number, text: pick(lang.texts[item.key], d), section: section3 });
      (item.subs ?? []).forEach((key, i) => {
        const sub = labels.sub[i]!;
        blocks.push({ kind: 'paragraph', key, level: 1, label: sub, cited: `${number}${sub}`, text: pick(lang.texts[key], d), section: section3 });
      });
    }
  }
  return { language: lang, index: d, name: `${lang.code}-${DRAFT_NAMES[d]}`, front: [lang.symbols[d]!, lang.dates[d]!, lang.titles[d]!], blocks };
}

/** The three drafts of every language. */
export function sixDrafts(): SixDraft[] {
  return SIX_LANGUAGES.flatMap((lang) => [0, 1, 2].map((d) => sixDraft(lang, d)));
}

/** Each language's text font and its locale, as a word processor sets them. */
const LOCALE: Record<SixCode, { attrs: string }> = {
  en: { attrs: 'fo:language="en" fo:country="GB"' },
  fr: { attrs: 'fo:language="fr" fo:country="FR"' },
  es: { attrs: 'fo:language="es" fo:country="ES"' },
  ru: { attrs: 'fo:language="ru" fo:country="RU"' },
  ar: { attrs: 'fo:language="en" fo:country="GB" style:language-complex="ar" style:country-complex="SA"' },
  zh: { attrs: 'fo:language="en" fo:country="GB" style:language-asian="zh" style:country-asian="CN"' },
};

/**
 * A generated draft as a flat ODT document, the way a UN word processor prints it: typed labels
 * with a tab before the paragraph text, headings in Word's heading styles or as bold lines,
 * right-to-left paragraphs for Arabic, Noto fonts for Arabic and Chinese.
 */
export function sixDraftToFodt(draft: SixDraft): string {
  const lang = draft.language;
  const rtl = lang.direction === 'rtl' ? ' style:writing-mode="rl-tb"' : '';
  const body: string[] = [];
  for (const line of draft.front.slice(0, 2)) body.push(`<text:p text:style-name="Symbol">${esc(line)}</text:p>`);
  body.push(`<text:p text:style-name="Title">${esc(draft.front[2])}</text:p>`);
  for (const b of draft.blocks) {
    if (b.kind === 'heading') {
      const text = esc(b.printed);
      if (lang.headingStyles) body.push(`<text:h text:style-name="Heading_20_${b.level}" text:outline-level="${b.level}">${text}</text:h>`);
      else body.push(`<text:p text:style-name="${b.level === 3 ? 'PartLine' : 'HeadingLine'}">${text}</text:p>`);
      continue;
    }
    body.push(`<text:p text:style-name="${b.level === 0 ? 'Para' : 'SubPara'}">${esc(b.label)}<text:tab/>${esc(b.text)}</text:p>`);
  }
  return flatOdt(`  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:margin-bottom="0.08in"${rtl}/>
   <style:text-properties fo:font-size="11pt" ${LOCALE[lang.code].attrs} style:font-name="Liberation Serif" fo:font-family="'Liberation Serif'" style:font-family-asian="'Noto Sans CJK SC'" style:font-family-complex="'Noto Naskh Arabic'" style:font-size-complex="13pt" style:font-size-asian="11pt"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph"/>
  <style:style style:name="Para" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="justify" fo:margin-left="0.5in" fo:text-indent="-0.5in"${rtl}>
    <style:tab-stops><style:tab-stop style:position="0in"/></style:tab-stops>
   </style:paragraph-properties>
  </style:style>
  <style:style style:name="SubPara" style:family="paragraph" style:parent-style-name="Para">
   <style:paragraph-properties fo:margin-left="1in" fo:text-indent="-0.4in"/>
  </style:style>
  <style:style style:name="Symbol" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="end"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="0.15in" fo:margin-bottom="0.2in"/>
   <style:text-properties fo:font-size="15pt" fo:font-weight="bold" style:font-size-complex="16pt" style:font-weight-complex="bold" style:font-weight-asian="bold"/>
  </style:style>
  <style:style style:name="HeadingLine" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="0.12in" fo:keep-with-next="always"/>
   <style:text-properties fo:font-weight="bold" style:font-weight-complex="bold" style:font-weight-asian="bold"/>
  </style:style>
  <style:style style:name="PartLine" style:family="paragraph" style:parent-style-name="HeadingLine">
   <style:text-properties fo:font-style="italic" style:font-style-complex="italic"/>
  </style:style>
${[1, 2, 3]
  .map(
    (l) => `  <style:style style:name="Heading_20_${l}" style:display-name="Heading ${l}" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="${l}">
   <style:paragraph-properties fo:margin-top="0.12in" fo:keep-with-next="always"/>
   <style:text-properties fo:font-size="${14 - l}pt" fo:font-weight="bold" style:font-weight-complex="bold" style:font-weight-asian="bold"${l === 3 ? ' fo:font-style="italic"' : ''}/>
  </style:style>`,
  )
  .join('\n')}
`, `   <style:page-layout-properties fo:page-width="8.27in" fo:page-height="11.69in" fo:margin-top="0.8in" fo:margin-bottom="0.8in" fo:margin-left="1in" fo:margin-right="1in"${rtl}/>
`, body);
}
