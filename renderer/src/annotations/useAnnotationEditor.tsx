/**
 * Opening the annotation dialog for a new passage or an existing annotation, and turning its
 * result into project edits (undoable). Shared by the Read and Compare views.
 */
import { useCallback, useState, type ReactNode } from 'react';
import type { Project } from '../../../shared/model/schema';
import type { Anchor } from '../../../shared/annotate/anchor';
import { quoteAt } from '../../../shared/annotate/quote';
import { newAnnotationId } from '../../../shared/annotate/w3c';
import { citedNumbers, isParagraph } from '../../../shared/model/draft';
import { AnnotationDialog, draftOf, rememberedOwner, type AnnotationDraft } from './AnnotationDialog';
import { addAnnotation, removeAnnotations, updateAnnotation } from './commands';
import type { PassageTarget } from './selection';
import { t } from '../i18n';
import { orphanReason } from '../i18n/words';

type Open =
  | { kind: 'new'; draftId: string; target: PassageTarget }
  | { kind: 'edit'; id: string; anchor: Anchor | null };

/** "¶17" of a paragraph of a draft, or "an unnumbered paragraph". */
export function citeParagraph(project: Project, draftId: string, paragraphId: string): string {
  const d = project.drafts.find((x) => x.id === draftId);
  const i = d?.blocks.findIndex((b) => b.id === paragraphId) ?? -1;
  const n = d && i >= 0 ? citedNumbers(d).get(i) : undefined;
  return n ? `¶${n}` : t('cite.anUnnumbered');
}

export function useAnnotationEditor(project: Project | null, onEdit: (p: Project, label: string) => void, notify: (text: string) => void) {
  const [open, setOpen] = useState<Open | null>(null);

  const annotateNew = useCallback((draftId: string, target: PassageTarget) => {
    if (target.clipped) notify(t('anno.clipped'));
    setOpen({ kind: 'new', draftId, target });
  }, [notify]);
  const edit = useCallback((id: string, anchor: Anchor | null = null) => setOpen({ kind: 'edit', id, anchor }), []);

  let dialog: ReactNode = null;
  if (open && project) {
    if (open.kind === 'new') {
      const draft = project.drafts.find((d) => d.id === open.draftId);
      const para = draft?.blocks.find((b) => b.id === open.target.paragraphId);
      if (draft && para && isParagraph(para)) {
        const { start, end } = open.target;
        const owner = rememberedOwner();
        const initial: AnnotationDraft = { comment: '', position: 'none', priority: 'normal', tags: [], replacement: null, ...owner };
        dialog = (
          <AnnotationDialog
            title={t('anno.annotateTitle', { paragraph: citeParagraph(project, draft.id, para.id), draft: draft.label })}
            quote={para.text.slice(start, end)}
            initial={initial}
            existing={false}
            onCancel={() => setOpen(null)}
            onSave={(v: AnnotationDraft) => {
              const now = new Date().toISOString();
              onEdit(
                addAnnotation(project, {
                  id: newAnnotationId(),
                  created: now,
                  modified: now,
                  delegation: v.delegation,
                  author: v.author,
                  target: { source: draft.id, paragraph: para.id, quote: quoteAt(para.text, start, end), position: { start, end } },
                  body: { comment: v.comment, position: v.position, priority: v.priority, tags: v.tags, replacement: v.replacement },
                }),
                t('anno.addUndo', { paragraph: citeParagraph(project, draft.id, para.id) }),
              );
              setOpen(null);
            }}
          />
        );
      }
    } else {
      const a = project.annotations.find((x) => x.id === open.id);
      if (a) {
        const made = project.drafts.find((d) => d.id === a.target.source);
        const anchor = open.anchor;
        const where = anchor && anchor.draftId !== a.target.source ? project.drafts.find((d) => d.id === anchor.draftId) : null;
        const note = !anchor || !where ? null
          : anchor.status === 'orphaned' ? t('anno.orphanedNote', { draft: where.label, reason: orphanReason(anchor) })
          : anchor.status === 'fuzzy' ? t(anchor.ambiguous ? 'anno.fuzzyNoteAmbiguous' : 'anno.fuzzyNote', { draft: where.label, quote: anchor.quote ?? '', confidence: Math.round(anchor.confidence * 100) })
          : null;
        dialog = (
          <AnnotationDialog
            title={t('anno.editTitle', { paragraph: a.target.paragraph ? citeParagraph(project, a.target.source, a.target.paragraph) : t('anno.aPassage'), draft: made?.label ?? t('anno.removedDraft') })}
            quote={a.target.quote.exact}
            note={note}
            initial={draftOf(a)}
            existing
            onCancel={() => setOpen(null)}
            onDelete={() => {
              onEdit(removeAnnotations(project, new Set([a.id])), t('anno.deleteUndo'));
              notify(t('anno.deleted'));
              setOpen(null);
            }}
            onSave={(v) => {
              onEdit(updateAnnotation(project, { ...a, delegation: v.delegation, author: v.author, body: { comment: v.comment, position: v.position, priority: v.priority, tags: v.tags, replacement: v.replacement } }), t('anno.editUndo'));

              setOpen(null);
            }}
          />
        );
      }
    }
  }
  return { annotateNew, edit, dialog, isOpen: open !== null };
}
