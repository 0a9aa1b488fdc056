/**
 * The compilation of proposals: for a working draft, each paragraph that carries proposals (or a
 * status, or changes nobody was named for) with its text and its proposals as facilitators
 * circulate them: "Proposed by X; supported by Y; opposed by Z: replace … with …".
 */
import { useMemo, useState } from 'react';
import type { Project } from '../../../shared/model/schema';
import { attributionLine, compileProposals } from '../../../shared/draft/compile';
import './drafting.css';
import { currentUiLanguage, t } from '../i18n';
import { exportStrings } from '../../../shared/export/strings';

interface Props {
  project: Project;
  /** The working draft to show first. */
  initialId: string | null;
}

export function CompilationView({ project, initialId }: Props) {
  const working = project.drafts.filter((d) => d.working);
  const [id, setId] = useState(working.some((d) => d.id === initialId) ? initialId! : (working[0]?.id ?? ''));
  const draft = working.find((d) => d.id === id) ?? null;
  const base = draft ? project.drafts.find((d) => d.id === draft.working!.baseId) ?? null : null;
  // The proposals in the interface's words (the panel is drawn again when the language changes).
  const words = exportStrings(currentUiLanguage());
  const rows = useMemo(() => (draft && base ? compileProposals(base, draft, project.delegations, words) : []), [draft, base, project.delegations, words]);
  if (working.length === 0) return <p className="empty-hint">{t('compile.none')}</p>;
  const proposals = rows.reduce((n, r) => n + r.proposals.length, 0);
  return (
    <article className="compilation" aria-labelledby="compilation-title">
      <header className="compilation-head">
        <h1 id="compilation-title">{draft ? t('compile.titleOn', { draft: base?.label ?? t('compile.itsBase') }) : t('compile.title')}</h1>
        <label>
          {t('compile.workingDraft')}{' '}
          <select value={id} onChange={(e) => setId(e.target.value)} aria-label={t('compile.choose')}>
            {working.map((d) => <option key={d.id} value={d.id}>{d.label}</option>)}
          </select>
        </label>
        <span>{t('compile.counts', { proposals: t('compile.proposals', { count: proposals }), paragraphs: t('compile.paragraphs', { count: rows.length }) })}</span>
        <button onClick={() => window.print()}>{t('compile.print')}</button>
      </header>
      {rows.length === 0 ? (
        <p className="empty-hint">{t('compile.empty', { draft: draft?.label ?? '' })}</p>
      ) : (
        <table>
          <thead>
            <tr><th scope="col">¶</th><th scope="col">{t('compile.textOf', { draft: base?.label ?? '' })}</th><th scope="col">{t('compile.proposalsHead')}</th><th scope="col">{t('compile.status')}</th></tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td className="num">{r.number || '—'}{r.baseNumber && <div><small>{t('compile.was', { number: r.baseNumber })}</small></div>}</td>
                <td className="text">{r.baseText ?? <span className="gone">{t('compile.newParagraph', { text: r.text ?? '' })}</span>}</td>
                <td>
                  {r.proposals.map((c) => (
                    <p key={c.proposal.id} className="proposal">
                      <span className="who">{attributionLine(c, words)}</span>: {c.summary}
                      {c.proposal.note && <> ({c.proposal.note})</>}
                      {c.proposal.status !== 'pending' && <span className={`prop-status ${c.proposal.status}`}>{c.proposal.status}</span>}
                      {!c.live && c.proposal.status === 'pending' && <span className="gone">{t('compile.gone')}</span>}
                    </p>
                  ))}
                  {r.unattributed > 0 && <p className="gone">{t('compile.unattributed', { count: r.unattributed })}</p>}
                </td>
                <td>{r.statusLabel ?? ''}</td>

              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
