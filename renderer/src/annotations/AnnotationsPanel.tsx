/**
 * The annotations panel: every annotation of the project as it stands in the selected draft,
 * filtered by position, tag, author, the draft it was made on and orphan state, and searched by
 * words; from here a set is imported (merged, never duplicated) or exported as W3C JSON-LD, CSV
 * or a Word brief.
 */
import { useMemo, useRef, useState } from 'react';
import type { Project } from '../../../shared/model/schema';
import type { Draft } from '../../../shared/model/draft';
import type { AnchorMap } from '../../../shared/annotate/anchor';
import { annotationsOnDraft, matchesFilter, type AnnotationFilter } from '../../../shared/annotate/query';
import { commentText } from '../../../shared/annotate/sanitize';
import { annotationOwner, POSITIONS, type Annotation } from '../../../shared/annotate/schema';
import { POSITION_LABEL } from '../i18n/words';
import { t, useT } from '../i18n';
import { annotationEngine as engine } from '../compare/engine-client';
import type { AnnotationExportFormat } from '../compare/engine-protocol';
import { fileStem, saveExport, type ExportOutcome } from '../host/save-export';
import { importAnnotations, removeAnnotations } from './commands';
import { orphanReason } from '../i18n/words';

interface Props {
  project: Project;
  draft: Draft;
  anchors: AnchorMap;
  appVersion: string;
  onEdit(project: Project, label: string): void;
  onGo(id: string): void;
  onClose(): void;
  notify(kind: 'info' | 'error', text: string): void;
  onExported(outcome: ExportOutcome): void;
}

/** Most rows listed at once; filters narrow a big set down. */
const SHOWN = 300;

const EXPORTS: { format: AnnotationExportFormat; label: 'w3c' | 'csv' | 'brief'; ext: string; mime: string }[] = [
  { format: 'w3c', label: 'w3c', ext: 'jsonld', mime: 'application/ld+json' },
  { format: 'csv', label: 'csv', ext: 'csv', mime: 'text/csv;charset=utf-8' },
  { format: 'brief-docx', label: 'brief', ext: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
];

export function AnnotationsPanel({ project, draft, anchors, appVersion, onEdit, onGo, onClose, notify, onExported }: Props) {
  useT();
  const [filter, setFilter] = useState<AnnotationFilter>({ positions: [], orphaned: null, text: '' });
  const [working, setWorking] = useState<string | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const placed = useMemo(() => annotationsOnDraft(project.annotations, anchors, draft.id), [project.annotations, anchors, draft.id]);
  // Plain text of comments, made only when needed (a word search, a listed row): a big set stays cheap.
  const plainCache = useRef(new Map<string, string>());
  const plain = (a: Annotation): string => {
    let t = plainCache.current.get(a.body.comment);
    if (t === undefined) {
      t = commentText(a.body.comment);
      plainCache.current.set(a.body.comment, t);
    }
    return t;
  };
  const shown = useMemo(() => placed.filter((p) => matchesFilter(p, filter, filter.text?.trim() ? plain(p.annotation) : '')), [placed, filter]);
  const tags = useMemo(() => [...new Set(project.annotations.flatMap((a) => a.body.tags))].sort(), [project.annotations]);
  const owners = useMemo(() => [...new Set(project.annotations.map((a) => a.delegation || a.author).filter(Boolean))].sort(), [project.annotations]);
  const notHere = project.annotations.length - placed.length;

  const set = (patch: Partial<AnnotationFilter>) => setFilter((f) => ({ ...f, ...patch }));

  const doImport = async (f: File) => {
    setWorking(t('anno.reading', { file: f.name }));
    try {
      const incoming = await engine().importAnnotations(await f.text(), project.drafts);
      const { project: next, result } = importAnnotations(project, incoming);
      if (next !== project) onEdit(next, t('anno.importUndo', { count: result.added + result.updated }));
      const dup = result.duplicates ? t('anno.duplicates', { count: result.duplicates }) : '';
      notify('info', t('anno.imported', { count: result.added, file: f.name, updated: result.updated ? t('anno.updated', { count: result.updated }) : '', duplicates: dup }));
    } catch (e) {
      notify('error', t('anno.notImported', { file: f.name, error: e instanceof Error ? e.message : String(e) }));
    } finally {
      setWorking(null);
    }
  };

  const doExport = async (x: (typeof EXPORTS)[number]) => {
    setWorking(t('anno.making', { what: t(`anno.${x.label}`) }));
    try {
      const list = x.format === 'brief-docx' ? shown.map((p) => p.annotation) : project.annotations;
      const data = await engine().exportAnnotations(x.format, project.drafts, project.lineageOverrides, list, draft.id, appVersion);
      const name = `${fileStem(project.name)} - annotations${x.format === 'w3c' ? '' : ` on ${fileStem(draft.label)}`}.${x.ext}`;
      onExported(await saveExport(name, data, x.mime));
    } catch (e) {
      notify('error', e instanceof Error ? e.message : String(e));
    } finally {
      setWorking(null);
    }
  };

  const deleteShown = () => {
    if (!shown.length || !window.confirm(t('anno.deleteShownConfirm', { count: shown.length }))) return;
    onEdit(removeAnnotations(project, new Set(shown.map((p) => p.annotation.id))), t('anno.deleteShownUndo', { count: shown.length }));
  };

  return (
    <aside className="annotations-panel" aria-label={t('anno.panel')}>
      <header>
        <h2>{t('anno.panelTitle')} <small>{t('anno.inDraft', { draft: draft.label })}</small></h2>
        <button onClick={onClose} aria-label={t('anno.closePanel')} title={t('anno.close')}>✕</button>
      </header>
      <div className="panel-actions" role="group" aria-label={t('anno.sets')}>
        <button onClick={() => file.current?.click()} disabled={!!working}>{t('anno.import')}</button>
        {EXPORTS.map((x) => (
          <button key={x.format} onClick={() => void doExport(x)} disabled={!!working || !project.annotations.length} title={x.format === 'brief-docx' ? t('anno.briefTip', { draft: draft.label }) : undefined}>
            {t('anno.export', { what: t(`anno.${x.label}`) })}
          </button>
        ))}
        <input ref={file} type="file" accept=".json,.jsonld,application/json,application/ld+json" hidden aria-label={t('anno.chooseFile')} data-testid="annotation-import-input"
          onChange={(e) => { const f = e.currentTarget.files?.[0]; e.currentTarget.value = ''; if (f) void doImport(f); }} />
      </div>
      {working && <p role="status"><span className="spinner" aria-hidden="true" /> {working}</p>}
      <fieldset className="panel-filters">
        <legend>{t('anno.filters')}</legend>
        <input type="search" aria-label={t('anno.search')} placeholder={t('anno.searchPlaceholder')} value={filter.text ?? ''} onChange={(e) => set({ text: e.target.value })} />
        <div className="pos-filter" role="group" aria-label={t('anno.positionLegend')}>
          {POSITIONS.map((p) => (
            <label key={p} className={`pos-choice pos-${p}`}>
              <input type="checkbox" checked={filter.positions?.includes(p) ?? false} onChange={(e) => set({ positions: e.target.checked ? [...(filter.positions ?? []), p] : (filter.positions ?? []).filter((x) => x !== p) })} /> {POSITION_LABEL[p]}
            </label>
          ))}
        </div>
        <div className="paste-row">
          <label>{t('anno.tag')}<select value={filter.tags?.[0] ?? ''} onChange={(e) => set({ tags: e.target.value ? [e.target.value] : [] })}><option value="">{t('anno.any')}</option>{tags.map((tag) => <option key={tag}>{tag}</option>)}</select></label>
          <label>{t('anno.authorFilter')}<select value={filter.owners?.[0] ?? ''} onChange={(e) => set({ owners: e.target.value ? [e.target.value] : [] })}><option value="">{t('anno.anyone')}</option>{owners.map((o) => <option key={o}>{o}</option>)}</select></label>
        </div>
        <div className="paste-row">
          <label>{t('anno.madeOnFilter')}<select value={filter.source ?? ''} onChange={(e) => set({ source: e.target.value || null })}><option value="">{t('anno.anyDraft')}</option>{project.drafts.map((d) => <option key={d.id} value={d.id}>{d.label}</option>)}</select></label>
          <label>{t('anno.orphans')}<select value={filter.orphaned ?? ''} onChange={(e) => set({ orphaned: (e.target.value || null) as AnnotationFilter['orphaned'] })}><option value="">{t('anno.shownOption')}</option><option value="only">{t('anno.onlyOrphans')}</option><option value="hide">{t('anno.hidden')}</option></select></label>
        </div>
      </fieldset>
      <p className="panel-count" aria-live="polite">
        {t('anno.count', { shown: shown.length, total: placed.length })}{notHere ? t('anno.later', { count: notHere }) : ''}
        {shown.length > 0 && <> · <button className="link" onClick={deleteShown}>{t('anno.deleteShown')}</button></>}
      </p>
      <ul className="panel-list" aria-label={t('anno.list')}>
        {shown.slice(0, SHOWN).map((p) => {
          const a = p.annotation;
          return (
            <li key={a.id} className={`panel-item pos-${a.body.position}${p.anchor.status === 'orphaned' ? ' orphaned' : ''}`}>
              {/* Named by what it shows (position, owner, passage, reason, comment): a different aria-label fails WCAG 2.5.3. */}
              <button className="panel-go" onClick={() => onGo(a.id)}>
                <span className="dw-pos">{POSITION_LABEL[a.body.position]}</span> <span className="dw-owner">{annotationOwner(a)}</span>
                {p.anchor.status === 'fuzzy' && <span className="dw-flag changed">{t('anno.textChanged')}</span>}
                {p.anchor.ambiguous && <span className="dw-flag ambiguous">{t('anno.checkPlace')}</span>}
                <q dir="auto">{(p.anchor.quote ?? a.target.quote.exact).slice(0, 110)}</q>
                {p.anchor.status === 'orphaned' && <span className="orphan-reason">{t('anno.orphaned', { reason: orphanReason(p.anchor) })}</span>}
                <span className="panel-comment">{plain(a).slice(0, 160)}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {shown.length > SHOWN && <p className="hint">{t('anno.more', { count: shown.length - SHOWN })}</p>}

    </aside>
  );
}
