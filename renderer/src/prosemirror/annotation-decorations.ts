/**
 * Annotations on the Read view's ProseMirror document, as decorations (the draft itself is never
 * changed): each passage highlighted (an underline style per position, so it reads without
 * colour) and pointing with aria-details to its card. The cards themselves sit in a layer beside
 * the document (annotations/margin-layout.ts), built here.
 */
import type { Node } from 'prosemirror-model';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { PlacedAnnotation } from '../../../shared/annotate/query';
import { annotationOwner } from '../../../shared/annotate/schema';
import { POSITION_LABEL } from '../i18n/words';
import { t } from '../i18n';
import { sanitizeComment } from '../../../shared/annotate/sanitize';

/** The DOM id of an annotation's margin card (its highlight points to it with aria-details). */
export function cardDomId(annotationId: string): string {
  return `dw-card-${annotationId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

export interface CardEvents {
  /** Open the annotation (edit its card). */
  onOpen(id: string): void;
}

/** Doc position of the start of each paragraph's content, by paragraph id. */
export function paragraphStarts(doc: Node): Map<string, number> {
  const out = new Map<string, number>();
  doc.forEach((node, offset) => {
    if (node.type.name === 'paragraph' && node.attrs.id) out.set(String(node.attrs.id), offset + 1);
  });
  return out;
}

/** The accessible name of a card: what it says and where. */
export function cardLabel(p: PlacedAnnotation): string {
  const a = p.annotation;
  const state = p.anchor.status === 'fuzzy' ? t('anno.carried') : '';
  return t('anno.cardLabel', { position: POSITION_LABEL[a.body.position], owner: annotationOwner(a), quote: (p.anchor.quote ?? a.target.quote.exact).slice(0, 80) }) + state + (p.anchor.ambiguous ? t('anno.ambiguousPlace') : '');
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The margin card of one placed annotation. */
export function cardElement(p: PlacedAnnotation, current: boolean, events: CardEvents): HTMLElement {
  const a = p.annotation;
  const card = el('aside', `dw-card pos-${a.body.position}${current ? ' current' : ''}`);
  card.id = cardDomId(a.id);
  card.setAttribute('role', 'note');
  card.tabIndex = 0;
  card.dataset.annotation = a.id;
  card.setAttribute('aria-label', cardLabel(p));
  card.contentEditable = 'false';
  const head = el('div', 'dw-card-head');
  head.append(el('span', 'dw-pos', POSITION_LABEL[a.body.position]), el('span', 'dw-owner', annotationOwner(a)));
  if (a.body.priority === 'high') head.append(el('span', 'dw-flag', t('anno.high')));
  if (p.anchor.status === 'fuzzy') head.append(el('span', 'dw-flag changed', t('anno.textChanged')));
  if (p.anchor.ambiguous) head.append(el('span', 'dw-flag ambiguous', t('anno.checkPlace')));
  card.append(head);
  const body = el('div', 'dw-card-body');
  body.innerHTML = sanitizeComment(a.body.comment);
  card.append(body);
  if (a.body.replacement !== null) {
    const prop = el('p', 'dw-card-prop', t('anno.proposed'));
    prop.append(el('q', '', a.body.replacement));
    card.append(prop);
  }
  if (p.anchor.status === 'fuzzy') card.append(el('p', 'dw-card-was', t('anno.madeOn', { quote: a.target.quote.exact })));

  if (a.body.tags.length) card.append(el('p', 'dw-card-tags', a.body.tags.map((t) => `#${t}`).join(' ')));
  card.addEventListener('click', (e) => {
    if ((e.target as HTMLElement).closest('a')) return;
    events.onOpen(a.id);
  });
  card.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && e.target === card) {
      e.preventDefault();
      events.onOpen(a.id);
    }
  });
  return card;
}

/**
 * Highlights of the annotations placed on this document's draft: the first `max` of them and the
 * current one; the first `maxCards` (and the current one) have a margin card to point to.
 */
export function annotationDecorations(doc: Node, placed: readonly PlacedAnnotation[], currentId: string | null, max = Infinity, maxCards = Infinity): DecorationSet {
  const starts = paragraphStarts(doc);
  const decos: Decoration[] = [];
  for (const p of placed) {
    if (p.anchor.status === 'orphaned' || !p.anchor.paragraphId) continue;
    const current = p.annotation.id === currentId;
    if (decos.length >= max && !current) continue;
    const at = starts.get(p.anchor.paragraphId);
    if (at === undefined) continue;
    const from = at + p.anchor.start;
    const to = at + p.anchor.end;
    if (to > doc.content.size || to <= from) continue;
    decos.push(
      Decoration.inline(from, to, {
        class: `dw-anno pos-${p.annotation.body.position}${p.anchor.status === 'fuzzy' ? ' changed' : ''}${current ? ' current' : ''}`,
        'data-annotation': p.annotation.id,
        ...(decos.length < maxCards || current ? { 'aria-details': cardDomId(p.annotation.id) } : {}),
        title: cardLabel(p),
      }),
    );
  }
  return DecorationSet.create(doc, decos);
}
