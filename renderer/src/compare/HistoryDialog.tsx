/**
 * A paragraph's history: its text in every draft of the project, each step's redline against the
 * previous draft it was in, and where it was absent.
 */
import { useEffect, useRef, useState } from 'react';
import type { HistoryStep } from '../../../shared/compare/lineage';
import type { CompareOptions } from '../../../shared/compare/types';
import { diffWords } from '../../../shared/compare';
import type { Draft } from '../../../shared/model/draft';
import type { LineageOverride, Project } from '../../../shared/model/schema';
import { engine } from './engine-client';
import { DiffText } from './DiffText';
import { citedNumbers } from './layout';
import { paragraphAt } from './side-text';
import { GROUP_JOINER } from '../../../shared/compare/assemble';
import { t } from '../i18n';

interface Props {
  project: Project;
  /** Record a person's correction of the lineage (undoable project edit). */
  onEdit(project: Project, label: string): void;
  draftId: string;
  paragraphId: string;
  options: Partial<CompareOptions>;
  onClose(): void;
}

/** A draft's paragraphs as link targets ("¶12 States …"), cited once per draft, not per option. */
function linkChoices(d: Draft): { id: string; label: string }[] {
  const cited = citedNumbers(d);
  return d.blocks.flatMap((b, i) => (b.kind === 'paragraph' ? [{ id: b.id, label: `¶${cited.get(i) ?? '–'} ${b.text.slice(0, 70)}` }] : []));
}

export function HistoryDialog({ project, onEdit, draftId, paragraphId, options, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [steps, setSteps] = useState<HistoryStep[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  useEffect(() => {
    // The negotiation's drafts; a working draft only when the history is asked from it (the
    // lineage still spans every draft, so annotations and histories share one cached lineage).
    const shown = (s: HistoryStep) => s.draftId === draftId || !project.drafts.find((d) => d.id === s.draftId)?.working;
    engine().history(project.drafts, project.lineageOverrides, options, draftId, paragraphId).then((all) => setSteps(all.filter(shown)), (e: unknown) => setError(String(e)));
  }, [project, draftId, paragraphId, options]);

  const byId = new Map(project.drafts.map((d) => [d.id, d]));
  const textOf = (d: Draft, step: HistoryStep) => step.paragraphs.map((p) => paragraphAt(d, p).text).join(GROUP_JOINER);
  let previous: string | null = null;
  let previousStep: HistoryStep | null = null;

  const override = (kind: LineageOverride['kind'], from: HistoryStep, to: { draftId: string; paragraphIds: string[] }, label: string) => {
    const added: LineageOverride[] = from.paragraphs.flatMap((a) =>
      to.paragraphIds.map((b) => ({ kind, from: { draftId: from.draftId, paragraphId: a.id }, to: { draftId: to.draftId, paragraphId: b } })),
    );
    onEdit({ ...project, lineageOverrides: [...project.lineageOverrides, ...added], modifiedAt: new Date().toISOString() }, label);
  };

  return (
    <dialog ref={ref} className="history-dialog" aria-labelledby="history-title" onClose={onClose}>
      <header>
        <h2 id="history-title">{t('history.title')}</h2>
        <button aria-label={t('history.close')} onClick={() => ref.current?.close()}>×</button>
      </header>
      {error && <p role="alert">{error}</p>}
      {!steps && !error && <p>{t('history.tracing')}</p>}
      {steps && (
        <ol className="history-steps">
          {steps.map((step) => {
            const d = byId.get(step.draftId)!;
            if (!step.paragraph) {
              const from = previousStep;
              return (
                <li key={step.draftId} className="absent">
                  <h3>{d.label}</h3>
                  <p>{previous === null ? t('history.notYet') : t('history.notIn')}</p>
                  {from && (
                    <label className="link-pick">
                      {t('history.linkPrompt')}
                      <select
                        value=""
                        onChange={(e) => e.target.value && override('link', from, { draftId: d.id, paragraphIds: [e.target.value] }, t('history.linkUndo', { draft: d.label }))}
                      >
                        <option value="">{t('history.linkChoice', { draft: d.label })}</option>
                        {linkChoices(d).map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
                      </select>
                    </label>
                  )}
                </li>
              );
            }
            const cited = citedNumbers(d);
            const text = textOf(d, step);
            const ops = previous === null ? null : diffWords(previous, text, options);
            const from = previousStep;
            previous = text;
            previousStep = step;
            const section = paragraphAt(d, step.paragraph).section.join(' › ');
            return (
              <li key={step.draftId} className={step.draftId === draftId ? 'focus' : ''}>
                <h3>
                  {d.label} <span className="cite">¶{step.paragraphs.map((p) => cited.get(p.index) ?? '?').join(', ')}</span>
                  {step.kind && step.kind !== 'unchanged' && <span className={`badge k-${step.kind === 'linked' ? 'moved' : step.kind}`}>{step.kind === 'linked' ? t('history.linked') : t(`kind.${step.kind}`)}</span>}
                </h3>
                <p className="history-section">{section}</p>
                <p className="cmp-text">{ops ? <DiffText ops={ops} side="both" /> : text}</p>
                {from && step.kind && (
                  <button
                    className="link"
                    onClick={() => override('unlink', from, { draftId: d.id, paragraphIds: step.paragraphs.map((p) => p.id) }, t('history.unlinkUndo', { draft: d.label }))}
                    title={t('history.unlinkTip')}
                  >
                    {t('history.unlink', { draft: byId.get(from.draftId)?.label ?? '' })}

                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </dialog>
  );
}
