/**
 * Export: a redline of two drafts (Word with tracked changes or static marks, PDF, HTML) or a
 * side-by-side table of several drafts (Word, HTML). The file is made in the engine worker and
 * saved through the host (a save dialog in Electron, a download in browser mode).
 */
import { useEffect, useRef, useState } from 'react';
import type { Project } from '../../../shared/model/schema';
import type { HostApi } from '../../../shared/host/api';
import { engine } from '../compare/engine-client';
import type { ExportFormat } from '../compare/engine-protocol';
import { fileStem, saveExport, type ExportOutcome } from '../host/save-export';
import { exportAuthor } from '../state/working-commands';
import { defaultPair } from '../view/defaults';
import type { AnchorMap } from '../../../shared/annotate/anchor';
import { redlineAnnotations } from '../annotations/redline-notes';
import { currentUiLanguage, t } from '../i18n';
import { exportStrings, fill } from '../../../shared/export/strings';

const MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html;charset=utf-8',
  pdf: 'application/pdf',
} as const;

// Labels and hints are read in the interface language when the dialog renders (getters).
const REDLINE_FORMATS: { id: ExportFormat; label: string; ext: keyof typeof MIME; hint: string }[] = [
  { id: 'redline-docx', get label() { return t('export.docxTracked'); }, ext: 'docx', get hint() { return t('export.docxTrackedHint'); } },
  { id: 'redline-docx-static', get label() { return t('export.docxStatic'); }, ext: 'docx', get hint() { return t('export.docxStaticHint'); } },
  { id: 'redline-pdf', get label() { return t('export.pdf'); }, ext: 'pdf', get hint() { return t('export.pdfHint'); } },
  { id: 'redline-html', get label() { return t('export.html'); }, ext: 'html', get hint() { return t('export.htmlHint'); } },
];
const TABLE_FORMATS: { id: ExportFormat; label: string; ext: keyof typeof MIME }[] = [
  { id: 'table-docx', get label() { return t('export.wordTable'); }, ext: 'docx' },
  { id: 'table-html', get label() { return t('export.html'); }, ext: 'html' },
];

interface Props {
  project: Project;
  host: HostApi;
  appVersion: string;
  /** Drafts to start with (a working draft's Export: its base and itself). */
  initial?: { baseId: string; targetId: string };
  /** Where the project's annotations sit: they become comments on their passages in redlines. */
  anchors?: AnchorMap;
  onDone(outcome: ExportOutcome | null, error?: string): void;
}

export function ExportDialog({ project, host, appVersion, initial, anchors, onDone }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const drafts = project.drafts;
  const [kind, setKind] = useState<'redline' | 'table'>('redline');
  const [baseId, setBaseId] = useState(initial?.baseId ?? defaultPair(drafts).baseId ?? '');
  const [targetId, setTargetId] = useState(initial?.targetId ?? defaultPair(drafts).targetId ?? '');
  const [redlineFormat, setRedlineFormat] = useState<ExportFormat>('redline-docx');
  const [tableFormat, setTableFormat] = useState<ExportFormat>('table-docx');
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(drafts.map((d) => d.id)));
  const [ignoreCase, setIgnoreCase] = useState(false);
  const [ignorePunctuation, setIgnorePunctuation] = useState(false);
  const [working, setWorking] = useState<string | null>(null);
  const [withAnnotations, setWithAnnotations] = useState(true);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const d = ref.current!;
    if (!d.open) d.showModal();
    return () => d.close();
  }, []);

  const base = drafts.find((d) => d.id === baseId);
  const target = drafts.find((d) => d.id === targetId);
  const tableDrafts = drafts.filter((d) => chosen.has(d.id));
  const stem = fileStem(project.name);
  const ready = kind === 'redline' ? !!base && !!target && base.id !== target.id : tableDrafts.length >= 2;

  const run = async () => {
    setError(null);
    const options = { ignoreCase, ignorePunctuation };
    try {
      if (kind === 'redline' && base && target) {
        const f = REDLINE_FORMATS.find((x) => x.id === redlineFormat)!;
        const name = `${stem} - redline ${fileStem(base.label)} to ${fileStem(target.label)}.${f.ext}`;
        setWorking(t('export.makingRedline', { format: f.label, base: base.label, target: target.label }));
        const notes = withAnnotations && anchors ? redlineAnnotations(project.annotations, anchors, [base.id, target.id]) : [];
        // A working draft's tracked changes are by the delegation it is drafted for.
        const author = target.working ? exportAuthor(project, target) : undefined;
        const made = await engine().export(f.id === 'redline-pdf' ? 'redline-html' : f.id, [base, target], project.lineageOverrides, options, appVersion, notes, author);
        let data = made;
        if (f.id === 'redline-pdf') {
          setWorking(t('export.printing'));
          data = await host.printPdf(made as string, { runningHeader: fill(exportStrings(currentUiLanguage()).redlineTitle, { base: base.label, target: target.label }) });
        }
        setWorking(t('export.saving'));
        onDone(await saveExport(name, data, MIME[f.ext]));
      } else {
        const f = TABLE_FORMATS.find((x) => x.id === tableFormat)!;
        const name = `${stem} - table ${tableDrafts.map((d) => fileStem(d.label)).join(', ')}.${f.ext}`;
        setWorking(t('export.makingTable', { count: tableDrafts.length }));
        const made = await engine().export(f.id, tableDrafts, project.lineageOverrides, options, appVersion);
        setWorking(t('export.saving'));
        onDone(await saveExport(name, made, MIME[f.ext]));
      }
    } catch (e) {
      setWorking(null);
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <dialog ref={ref} className="path-dialog export-dialog" aria-labelledby="export-title" onCancel={(e) => { e.preventDefault(); if (!working) onDone(null); }}>
      <form method="dialog" onSubmit={(e) => { e.preventDefault(); void run(); }}>
        <h2 id="export-title">{t('export.title')}</h2>
        <fieldset className="export-kind">
          <legend>{t('export.what')}</legend>
          <label><input type="radio" name="kind" checked={kind === 'redline'} onChange={() => setKind('redline')} /> {t('export.redline')}</label>
          <label><input type="radio" name="kind" checked={kind === 'table'} onChange={() => setKind('table')} /> {t('export.table')}</label>
        </fieldset>
        {kind === 'redline' ? (
          <>
            <div className="paste-row">
              <label>{t('export.from')}<select value={baseId} onChange={(e) => setBaseId(e.target.value)}>{drafts.map((d) => <option key={d.id} value={d.id}>{d.label}</option>)}</select></label>
              <label>{t('export.to')}<select value={targetId} onChange={(e) => setTargetId(e.target.value)}>{drafts.map((d) => <option key={d.id} value={d.id}>{d.label}</option>)}</select></label>
            </div>
            <fieldset>
              <legend>{t('export.format')}</legend>
              {REDLINE_FORMATS.map((f) => (
                <label key={f.id} className="format-choice">
                  <input type="radio" name="redline-format" checked={redlineFormat === f.id} onChange={() => setRedlineFormat(f.id)} />
                  <span><b>{f.label}</b> <small>{f.hint}</small></span>
                </label>
              ))}
            </fieldset>
          </>
        ) : (
          <>
            <fieldset>
              <legend>{t('export.draftsInOrder')}</legend>
              {drafts.map((d) => (
                <label key={d.id} className="format-choice">
                  <input type="checkbox" checked={chosen.has(d.id)} onChange={(e) => {
                    const next = new Set(chosen);
                    if (e.target.checked) next.add(d.id);
                    else next.delete(d.id);
                    setChosen(next);
                  }} /> {d.label}
                </label>
              ))}
            </fieldset>
            <fieldset>
              <legend>{t('export.format')}</legend>
              {TABLE_FORMATS.map((f) => (
                <label key={f.id} className="format-choice">
                  <input type="radio" name="table-format" checked={tableFormat === f.id} onChange={() => setTableFormat(f.id)} /> {f.label}
                </label>
              ))}
            </fieldset>
          </>
        )}
        <fieldset>
          <legend>{t('export.options')}</legend>
          <label className="format-choice"><input type="checkbox" checked={ignoreCase} onChange={(e) => setIgnoreCase(e.target.checked)} /> {t('compare.ignoreCase')}</label>
          <label className="format-choice"><input type="checkbox" checked={ignorePunctuation} onChange={(e) => setIgnorePunctuation(e.target.checked)} /> {t('compare.ignorePunctuation')}</label>
        </fieldset>
        {kind === 'redline' && project.annotations.length > 0 && (
          <label className="format-choice">
            <input type="checkbox" checked={withAnnotations} onChange={(e) => setWithAnnotations(e.target.checked)} /> {t('export.withAnnotations')}
          </label>
        )}
        {kind === 'redline' && base && target && base.id === target.id && <p className="form-error">{t('export.twoDifferent')}</p>}
        {working && <p role="status"><span className="spinner" aria-hidden="true" /> {working}</p>}
        {error && <p role="alert" className="form-error">{error}</p>}
        <div className="dialog-buttons">
          <button type="button" onClick={() => onDone(null)} disabled={!!working}>{t('common.cancel')}</button>
          <button type="submit" className="primary" disabled={!ready || !!working}>{t('export.export')}</button>

        </div>
      </form>
    </dialog>
  );
}
