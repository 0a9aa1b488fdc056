/** Recent projects, one click away in both the desktop app and browser mode. */
import { useEffect, useState } from 'react';
import type { HostApi, RecentProject } from '../../../shared/host/api';
import { displayName, displayPath } from '../../../shared/host/handles';
import { useT } from '../i18n';

export function RecentProjects({ host, currentPath, refreshKey, onOpen }: { host: HostApi; currentPath: string | null; refreshKey: unknown; onOpen(path: string): void }) {
  const t = useT();
  const [recent, setRecent] = useState<RecentProject[]>([]);
  useEffect(() => {
    let live = true;
    host.recentProjects().then((r) => live && setRecent(r), () => {});
    return () => {
      live = false;
    };
  }, [host, refreshKey]);
  const others = recent.filter((r) => r.path !== currentPath).slice(0, 6);
  if (!others.length) return null;
  return (
    <section className="recent-projects" aria-labelledby="recent-title">
      <h2 className="side-title" id="recent-title">{t('path.recent')}</h2>

      <ul>
        {others.map((r) => (
          <li key={r.path}>
            <button onClick={() => onOpen(r.path)} title={displayPath(r.path)}>
              <span className="draft-label">{r.name}</span>
              <span className="draft-sub">{displayName(r.path)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
