/**
 * What the room sees: one place of a deck in the projector theme. A comparison shows the current
 * change spotlighted and centred with its neighbours dimmed around it; the tracker shows its matrix
 * or one event. The progress line runs along the foot. The same component draws the audience
 * screen and the presenter's previews: its type is sized from the slide's own width.
 */
import { useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import type { CompareDeck, Deck, DeckRow, EventSlide, MatrixSlide } from '../../../shared/view/deck';
import { DiffText } from '../compare/DiffText';
import { progressLine } from './navigation';
import './presenter.css';
import { t } from '../i18n';

/** Rows drawn on either side of the current one: more than a screen holds at the largest type. */
const CONTEXT_ROWS = 4;
/** A change taller than the slide is set smaller, down to this share of the chosen size, before it is shown in parts. */
const MIN_FIT = 0.7;

interface Props {
  deck: Deck;
  at: number;
  zoom: number;
  blank?: boolean;
  /** The audience screen itself (its progress line is announced); previews are not. */
  live?: boolean;
  label?: string;
  /** Which screenful of a change taller than the slide to show. */
  part?: number;
  /** Told how many screenfuls the current change takes on this slide. */
  onParts?(parts: number): void;
}

export function Slide({ deck, at, zoom, blank = false, live = false, label = t('present.presentation'), part = 0, onParts }: Props) {
  const style = { '--pj-zoom': zoom } as CSSProperties;
  if (blank) return <section className="pj-slide pj-blank" style={style} aria-label={t('present.blankLabel', { label })} data-blank="true" />;
  return (
    <section className="pj-slide" style={style} aria-label={label}>
      <header className="pj-top">{deck.title}</header>
      {deck.type === 'compare' ? <CompareBody deck={deck} at={at} zoom={zoom} part={part} onParts={onParts} /> : <TrackerBody slide={deck.slides[at]} onParts={onParts} />}
      <footer className="pj-progress" aria-live={live ? 'polite' : undefined}>{progressLine(deck, at)}</footer>
    </section>
  );
}

function CompareBody({ deck, at, zoom, part, onParts }: { deck: CompareDeck; at: number; zoom: number; part: number; onParts?(parts: number): void }) {
  const stage = useRef<HTMLDivElement>(null);
  const [more, setMore] = useState(false);
  // The current change's type size as a share of the chosen one: a change taller than the slide
  // is set smaller so that one press still shows one whole change, down to MIN_FIT.
  const [fit, setFit] = useState({ for: '', scale: 1 });
  const fitKey = `${deck.key}|${at}|${zoom}`;
  const scale = fit.for === fitKey ? fit.scale : 1;
  const lo = Math.max(0, at - CONTEXT_ROWS);
  const hi = Math.min(deck.rows.length, at + CONTEXT_ROWS + 1);

  // Centre the current row. One still taller than the slide is shown a screenful at a time from
  // its top, each part overlapping the one before by a few lines, the last ending with the row.
  useLayoutEffect(() => {
    const box = stage.current;
    if (!box) return;
    const place = () => {
      const el = box.querySelector<HTMLElement>('.pj-current');
      if (!el) return;
      const h = el.offsetHeight;
      const room = box.clientHeight;
      if (h > room * 0.92 && scale > MIN_FIT + 0.001) {
        // Text height goes roughly with the square of the type size (taller lines, fewer words each).
        setFit({ for: fitKey, scale: Math.max(MIN_FIT, scale * Math.sqrt((room * 0.9) / h)) });
        return;
      }
      let parts = 1;
      if (h > room * 0.92) {
        const stride = room * 0.8;
        parts = 1 + Math.ceil((h - room * 0.92) / stride);
        box.scrollTop = Math.min(el.offsetTop - room * 0.04 + Math.min(part, parts - 1) * stride, el.offsetTop + h - room * 0.96);
      } else box.scrollTop = el.offsetTop + h / 2 - room / 2;
      setMore(part < parts - 1);
      onParts?.(parts);
    };
    place();
    const watch = new ResizeObserver(place);
    watch.observe(box);
    if (box.firstElementChild) watch.observe(box.firstElementChild);
    return () => watch.disconnect();
  }, [deck, at, zoom, part, onParts, scale, fitKey]);

  if (!deck.rows.length) return <div className="pj-stage pj-empty"><p>{t('present.noParagraphs')}</p></div>;
  return (
    <div className="pj-stage" ref={stage}>
      <div className="pj-column">
        {deck.rows.slice(lo, hi).map((row, k) => (
          <Row key={lo + k} row={row} current={lo + k === at} scale={scale} />
        ))}
      </div>
      {more && <p className="pj-more">{t('present.continued')}</p>}
    </div>
  );
}

function Row({ row, current, scale }: { row: DeckRow; current: boolean; scale: number }) {
  const stub = row.kind === 'stub';
  return (
    <>
      {row.heading !== null && <p className="pj-heading">{row.heading || t('common.untitledSection')}</p>}
      <div
        className={`pj-row${current ? ' pj-current' : ''}`}
        data-kind={row.kind}
        aria-current={current ? 'true' : undefined}
        style={current && scale !== 1 ? ({ fontSize: `${scale}em` } as CSSProperties) : undefined}
      >
        {current && row.kind !== 'unchanged' && (
          <p className="pj-label">
            <span className="pj-badge">{row.badge}</span> {row.citation}
            {row.detail && <span className="pj-detail"> · {row.detail}</span>}
          </p>
        )}
        <div className="pj-para">
          <span className="pj-num">
            {/* A stub's number is the earlier draft's: shown only on the stub itself, not among the later draft's numbers. */}
            {stub && !current ? '' : row.number}
            {row.was && <span className="pj-was">was {row.was}</span>}
          </span>
          <p className="pj-text" dir="auto">
            {stub && !current ? <span className="pj-stub">{row.citation}</span> : <DiffText ops={row.ops} side="both" />}
          </p>
        </div>
      </div>
    </>
  );
}

function TrackerBody({ slide, onParts }: { slide: MatrixSlide | EventSlide | undefined; onParts?(parts: number): void }) {
  useLayoutEffect(() => {
    onParts?.(1);
  }, [slide, onParts]);
  if (!slide) return <div className="pj-stage pj-empty"><p>{t('present.noPhrasesDeck')}</p></div>;
  return <div className="pj-stage pj-static">{slide.type === 'matrix' ? <MatrixView slide={slide} /> : <EventView slide={slide} />}</div>;
}

function MatrixView({ slide }: { slide: MatrixSlide }) {
  if (!slide.rows.length) return <p className="pj-empty-text">{t('present.noPhrasesProject')}</p>;
  return (
    <div className="pj-matrix-wrap">
      <p className="pj-slide-title">{slide.pages > 1 ? t('present.matrixPage', { page: slide.page, pages: slide.pages }) : t('present.matrixTitle')}</p>
      <table className="pj-matrix">
        <thead>
          <tr>
            <th scope="col">{t('present.phrase')}</th>
            {slide.drafts.map((d, i) => <th key={i} scope="col">{d}</th>)}
          </tr>
        </thead>
        <tbody>
          {slide.rows.map((r, i) => (
            <tr key={i}>
              <th scope="row">{r.phrase}</th>
              {r.cells.map((c, j) => (
                <td key={j} className={c.trend ? `pj-${c.trend}` : c.count === 0 ? 'pj-absent' : undefined}>
                  {c.count === 0 ? <><span aria-hidden="true">—</span><span className="sr-only">{t('present.absent')}</span></> : c.count}
                  {c.trend && <span className="pj-trend">{c.trend}</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function EventView({ slide }: { slide: EventSlide }) {
  return (
    <article className="pj-event" data-kind={slide.kind}>
      <p className="pj-label">
        <span className="pj-badge">{slide.badge}</span> {slide.pair}
        {slide.flag && <span className="pj-flag">{slide.flag}</span>}
      </p>
      <p className="pj-headline">{slide.headline}</p>
      <p className="pj-where">{slide.where}</p>
      {slide.move && <p className="pj-move">{t('present.section')} {slide.move.from} <span aria-hidden="true">→</span><span className="sr-only">{t('present.to')}</span> {slide.move.to}</p>}
      {slide.reworded && (
        <p className="pj-reworded">
          <del>{slide.reworded.deleted}</del> {slide.reworded.inserted ? <ins>{slide.reworded.inserted}</ins> : <span>{t('present.nothingInPlace')}</span>}

        </p>
      )}
      {slide.quote && (
        <figure className="pj-quote">
          <figcaption>{slide.quote.draft} {slide.quote.cite}</figcaption>
          <blockquote dir="auto">
            {slide.quote.segments.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
          </blockquote>
        </figure>
      )}
    </article>
  );
}
