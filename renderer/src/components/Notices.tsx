/** Messages about what just happened: errors stay until dismissed, information fades. */
import type { Notice } from '../state/controller';
import { useT } from '../i18n';

export function Notices({ notices, onDismiss }: { notices: Notice[]; onDismiss(id: number): void }) {
  const t = useT();
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice ${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
          <span>{n.text}</span>
          {n.action && (
            <button className="notice-action" onClick={() => { n.action!.run(); onDismiss(n.id); }}>{n.action.label}</button>
          )}
          <button aria-label={t('common.dismiss')}
 onClick={() => onDismiss(n.id)}>×</button>
        </div>
      ))}
    </div>
  );
}
