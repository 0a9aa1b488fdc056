/** One paragraph of a draft as the tracker shows it: citation, section path, text with the matches marked. */
import type { ShownParagraph, Range } from './highlight';
import { splitHighlights } from './highlight';
import { t } from '../i18n';

interface Props {
  draftLabel: string;
  paragraph: ShownParagraph | undefined;
  /** Offsets to mark in the paragraph's text. */
  ranges: readonly Range[];
  /** Shown when the paragraph is not in the draft any more (the project changed since the report). */
  fallbackCite?: string;
}

export function HighlightedText({ text, ranges }: { text: string; ranges: readonly Range[] }) {
  return (
    <>
      {splitHighlights(text, ranges).map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </>
  );
}

export function ParagraphCard({ draftLabel, paragraph, ranges, fallbackCite }: Props) {
  if (!paragraph) {
    return <li className="trk-para missing">{t('track.noLonger', { draft: draftLabel, cite: fallbackCite ?? '' })}</li>;
  }
  const cite = paragraph.cite || t('track.unnumberedParagraph');

  return (
    <li className="trk-para">
      <p className="trk-para-head">
        <strong>{draftLabel} {cite}</strong>
        {paragraph.section.length > 0 && <span className="trk-path">{paragraph.section.join(' › ')}</span>}
      </p>
      <p className="trk-para-text">
        <HighlightedText text={paragraph.text} ranges={ranges} />
      </p>
    </li>
  );
}
