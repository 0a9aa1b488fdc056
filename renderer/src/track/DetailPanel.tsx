/**
 * The tracker's side panel: the paragraphs behind whatever the reader selected (a matrix cell, an
 * event, a hedging change, a draft's brackets), with the watched wording marked; when nothing is
 * selected, the headline findings (phrases dropped or added, moves out of the recommendations).
 */
import { useEffect, type ReactNode } from 'react';
import type { WatchTerm } from '../../../shared/model/schema';
import type { TrackedParagraph, TrackEvent, TrackReport } from '../../../shared/track';
import { findTerm } from '../../../shared/track';
import { findWording, type Range, type ShownParagraph } from './highlight';
import { ParagraphCard } from './ParagraphCard';
import { eventKey, hedgeKey, keyFindings, KIND_LABEL, type Scope } from './events';
import { EventSummary } from './EventsSection';
import { t } from '../i18n';

/** What the reader selected. */
export type Selection =
  | { kind: 'cell'; termId: string; draftId: string }
  | { kind: 'event'; key: string }
  | { kind: 'hedge'; key: string }
  | { kind: 'brackets'; draftId: string };

/** Paragraphs of every draft by draft id, then paragraph id. */
export type Paragraphs = Map<string, Map<string, ShownParagraph>>;

interface Props {
  report: TrackReport;
  paragraphs: Paragraphs;
  scope: Scope;
  selection: Selection | null;
  onSelect(s: Selection | null): void;
}

export function DetailPanel({ report, paragraphs, scope, selection, onSelect }: Props) {
  const label = (id: string) => report.drafts.find((d) => d.id === id)?.label ?? id;
  let body: ReactNode = null;
  let title: string = t('track.keyFindings');
  if (selection?.kind === 'cell') {
    const row = report.matrix.rows.find((r) => r.term.id === selection.termId);
    const cell = row?.cells.find((c) => c.draftId === selection.draftId);
    if (row && cell) {
      title = t('track.cellTitle', { phrase: row.term.phrase, draft: label(cell.draftId) });
      body = <CellDetail term={row.term} draftLabel={label(cell.draftId)} cell={cell} index={paragraphs.get(cell.draftId)} />;
    }
  } else if (selection?.kind === 'event') {
    const e = report.events.find((x) => eventKey(x) === selection.key);
    const term = e && report.terms.find((x) => x.id === e.termId);
    if (e && term) {
      title = `${KIND_LABEL[e.kind]}: “${e.term}”`;
      body = <EventDetail event={e} term={term} fromLabel={label(e.fromDraftId)} toLabel={label(e.toDraftId)} paragraphs={paragraphs} />;
    }
  } else if (selection?.kind === 'hedge') {
    const h = report.hedging.find((x) => hedgeKey(x) === selection.key);
    if (h) {
      title = t('track.hedgeTitle', { direction: h.direction === 'weakened' ? t('track.weakened') : t('track.strengthened'), before: h.before || t('track.nothing'), after: h.after || t('track.nothing') });
      body = (
        <>
          <p className="trk-muted">{label(h.fromDraftId)} → {label(h.toDraftId)} · {h.kind === 'modal' ? t('track.modalLower') : h.kind === 'verb' ? t('track.verbLower') : t('track.qualifierLower')}</p>
          <ol className="trk-paras">
            <ParagraphCard draftLabel={label(h.fromDraftId)} paragraph={paragraphs.get(h.fromDraftId)?.get(h.from.id)} ranges={wordingRanges(paragraphs.get(h.fromDraftId)?.get(h.from.id), h.before)} fallbackCite={cite(h.from)} />
            <ParagraphCard draftLabel={label(h.toDraftId)} paragraph={paragraphs.get(h.toDraftId)?.get(h.to.id)} ranges={wordingRanges(paragraphs.get(h.toDraftId)?.get(h.to.id), h.after)} fallbackCite={cite(h.to)} />
          </ol>
        </>
      );
    }
  } else if (selection?.kind === 'brackets') {
    const b = report.brackets.find((x) => x.draftId === selection.draftId);
    if (b) {
      title = t('track.bracketsIn', { draft: label(b.draftId) });
      body = <BracketDetail report={report} draftId={b.draftId} paragraphs={paragraphs} label={label} />;
    }
  }
  const selected = body !== null;
  // Escape closes the paragraphs wherever the focus is, unless a dialog or a field wants the key.
  useEffect(() => {
    if (!selected) return;
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement;
      if (e.key !== 'Escape' || e.defaultPrevented || el.closest('dialog') || ['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName)) return;
      onSelect(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selected, onSelect]);
  if (!selected) body = <Findings report={report} scope={scope} onSelect={onSelect} label={label} paragraphs={paragraphs} />;

  return (
    <aside className="trk-detail" aria-labelledby="trk-detail-title">
      <header className="trk-detail-head">
        <h3 id="trk-detail-title">{title}</h3>
        {selected && <button className="trk-close" onClick={() => onSelect(null)} aria-label={t('track.closeParagraphs')} title={t('track.closeTip')}>×</button>}
      </header>
      {/* Scrolls by itself: focusable, so the keyboard can scroll it too. */}
      <div className="trk-detail-body" tabIndex={0} role="region" aria-labelledby="trk-detail-title">{body}</div>
    </aside>
  );
}

const cite = (p: TrackedParagraph) => (p.number ? `¶${p.number}` : '');

function wordingRanges(p: ShownParagraph | undefined, wording: string): Range[] {
  return p ? findWording(p.text, wording) : [];
}

function termRanges(p: ShownParagraph | undefined, term: WatchTerm): Range[] {
  return p ? findTerm(term, p.text) : [];
}

function CellDetail({ term, draftLabel, cell, index }: { term: WatchTerm; draftLabel: string; cell: TrackReport['matrix']['rows'][number]['cells'][number]; index: Map<string, ShownParagraph> | undefined }) {
  if (cell.count === 0) return <p className="trk-absent-note">{t('track.absentNote', { draft: draftLabel, phrase: term.phrase, alternatives: term.alternatives.length ? t('track.orAlternatives', { list: term.alternatives.map((a) => `“${a}”`).join(', ') }) : '' })}</p>;
  return (
    <>
      <p className="trk-muted">
        {t('track.inParagraphs', { occurrences: t('track.occurrences', { count: cell.count }), paragraphs: t('track.paragraphs', { count: cell.paragraphs.length }) })}
      </p>
      <ol className="trk-paras">
        {cell.paragraphs.map((p) => (
          <ParagraphCard key={p.id} draftLabel={draftLabel} paragraph={index?.get(p.id)} ranges={p.matches} fallbackCite={cite(p)} />
        ))}
      </ol>
    </>
  );
}

function EventDetail({ event: e, term, fromLabel, toLabel, paragraphs }: { event: TrackEvent; term: WatchTerm; fromLabel: string; toLabel: string; paragraphs: Paragraphs }) {
  const side = (draftId: string, draftLabel: string, ps: TrackedParagraph[], what: string) => (
    <section className="trk-side" aria-label={`${what} (${draftLabel})`}>
      <h4>{what}: {draftLabel}</h4>
      {ps.length === 0 ? (
        <p className="trk-absent-note">{t('track.noParagraphHolds', { draft: draftLabel })}</p>
      ) : (
        <ol className="trk-paras">
          {ps.map((p) => {
            const shown = paragraphs.get(draftId)?.get(p.id);
            return <ParagraphCard key={p.id} draftLabel={draftLabel} paragraph={shown} ranges={termRanges(shown, term)} fallbackCite={cite(p)} />;
          })}
        </ol>
      )}
    </section>
  );
  return (
    <>
      <EventSummary event={e} fromLabel={fromLabel} toLabel={toLabel} paragraphs={paragraphs} />
      {side(e.fromDraftId, fromLabel, e.from, t('track.before'))}
      {side(e.toDraftId, toLabel, e.to, t('track.after'))}
    </>
  );
}

function BracketDetail({ report, draftId, paragraphs, label }: { report: TrackReport; draftId: string; paragraphs: Paragraphs; label(id: string): string }) {
  const i = report.brackets.findIndex((b) => b.draftId === draftId);
  const b = report.brackets[i]!;
  const prev = report.brackets[i - 1];
  // One card per paragraph, with all its bracketed spans marked.
  const cards = (draft: string, spans: ReadonlyArray<{ paragraph: TrackedParagraph; start: number; end: number }>) => {
    const byPara = new Map<string, { p: TrackedParagraph; ranges: Range[] }>();
    for (const s of spans) {
      const entry = byPara.get(s.paragraph.id) ?? { p: s.paragraph, ranges: [] };
      entry.ranges.push({ start: s.start, end: s.end });
      byPara.set(s.paragraph.id, entry);
    }
    return (
      <ol className="trk-paras">
        {[...byPara.values()].map(({ p, ranges }) => (
          <ParagraphCard key={p.id} draftLabel={label(draft)} paragraph={paragraphs.get(draft)?.get(p.id)} ranges={ranges} fallbackCite={cite(p)} />
        ))}
      </ol>
    );
  };
  return (
    <>
      <p className="trk-muted">
        {t('track.spans', { count: b.count })}
        {b.unbalanced > 0 && t('track.unbalancedN', { count: b.unbalanced })}
        {prev && t('track.sincePrev', { resolved: b.resolved.length, added: b.added.length, draft: label(prev.draftId) })}
      </p>
      {b.added.length > 0 && (
        <section className="trk-side" aria-label={t('track.newBrackets')}>
          <h4>{t('track.newSince', { draft: prev ? label(prev.draftId) : t('track.previousDraft') })}</h4>
          {cards(draftId, b.added)}
        </section>
      )}
      {b.resolved.length > 0 && prev && (
        <section className="trk-side" aria-label={t('track.resolvedBrackets')}>
          <h4>{t('track.resolvedAsIn', { draft: label(prev.draftId) })}</h4>
          <ul className="trk-resolved">
            {b.resolved.map((r, k) => (
              <li key={k}>
                <span className={`badge res-${r.resolution}`}>{r.resolution.replace('-', ' ')}</span> {cite(r.paragraph)} <q>{r.text.length > 140 ? `${r.text.slice(0, 139)}…` : r.text}</q>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="trk-side" aria-label={t('track.bracketedText')}>
        <h4>{t('track.bracketedIn', { draft: label(draftId) })}</h4>
        {b.spans.length ? cards(draftId, b.spans) : <p className="trk-absent-note">{t('track.noBrackets')}</p>}
      </section>
    </>
  );
}

function Findings({ report, scope, onSelect, label, paragraphs }: { report: TrackReport; scope: Scope; onSelect(s: Selection): void; label(id: string): string; paragraphs: Paragraphs }) {
  const found = keyFindings(report, scope);
  if (found.length === 0) {
    return <p className="trk-muted">{t('track.noFindings')}</p>;
  }
  return (
    <>
      <p className="trk-muted">{t('track.selectHint')}</p>

      <ul className="trk-findings">
        {found.map((e) => (
          <li key={eventKey(e)}>
            <button className="trk-event" onClick={() => onSelect({ kind: 'event', key: eventKey(e) })}>
              <EventSummary event={e} fromLabel={label(e.fromDraftId)} toLabel={label(e.toDraftId)} paragraphs={paragraphs} compact />
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
