import { useCallback, useEffect, useState } from 'react';
import type { BackupInfo, Job } from '../../../shared/index.ts';
import { api } from '../../api/index.ts';
import { useApp } from '../../store.ts';
import { copyText } from '../../ui/clipboard.ts';
import { Icon } from '../../ui/Icon.tsx';
import { relativeTime } from '../../ui/labels.ts';

interface Running {
  jobId: string;
  kind: 'backup' | 'restore';
  progress: number;
  message: string;
}

const size = (bytes: number) => (bytes > 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`);

/** Data folder, backup now (a job with progress and cancel) and restore from a backup (confirmed, undoable). */
export function DataSection() {
  const info = useApp((s) => s.info);
  const toast = useApp((s) => s.toast);
  const load = useApp((s) => s.load);
  const [running, setRunning] = useState<Running | null>(null);
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setBackups(await api.call('data.backups', {}));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(() => {
    const offProgress = api.on('job.progress', (p) => setRunning((r) => (r && r.jobId === p.jobId ? { ...r, progress: p.progress, message: p.message } : r)));
    const offDone = api.on('job.finished', (job: Job) => {
      setRunning((r) => {
        if (!r || r.jobId !== job.id) return r;
        if (job.state === 'succeeded') {
          if (r.kind === 'backup') toast(`Backup saved to ${(job.result as { path?: string } | null)?.path ?? 'the backups folder'}.`, { kind: 'success' });
          else {
            const res = job.result as { history?: number; library?: number } | null;
            toast(`Restored ${(res?.history ?? 0).toLocaleString()} history entries and ${(res?.library ?? 0).toLocaleString()} saved prompts. Your previous data was backed up first.`, { kind: 'success' });
            void load();
          }
        } else toast(`${r.kind === 'backup' ? 'Backup' : 'Restore'} ${job.state}${job.error ? `: ${job.error}` : ''}.`, { kind: job.state === 'cancelled' ? 'info' : 'error' });
        void refresh();
        return null;
      });
    });
    return () => {
      offProgress();
      offDone();
    };
  }, [toast, refresh, load]);

  const start = async (kind: Running['kind'], name?: string) => {
    setError(null);
    try {
      const { jobId } = kind === 'backup' ? await api.call('data.backup', {}) : await api.call('data.restore', { name: name! });
      setRunning({ jobId, kind, progress: 0, message: 'Starting…' });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
    setConfirming(null);
  };

  return (
    <section className="card" aria-labelledby="s-data">
      <h2 id="s-data">Data</h2>
      <div className="setting">
        <div className="setting-text">
          <span>Data folder</span>
          <p className="muted small">History, library and settings live here, in one SQLite file. Nothing leaves this machine.</p>
          <code className="path" data-testid="data-folder">
            {info?.dataDir ?? '…'}
          </code>
        </div>
        <button type="button" onClick={() => info && void copyText(info.dataDir).then((ok) => ok && toast('Copied the folder path.', { kind: 'success' }))}>
          <Icon name="copy" /> Copy path
        </button>
      </div>
      <div className="setting">
        <div className="setting-text">
          <span>Backup</span>
          <p className="muted small">A consistent copy of the database in the backups folder, made while the app keeps working.</p>
        </div>
        <button type="button" data-testid="backup-now" onClick={() => void start('backup')} disabled={running !== null}>
          <Icon name="save" /> Back up now
        </button>
      </div>
      {running && (
        <div className="progress" role="progressbar" aria-label={running.kind === 'backup' ? 'Backup progress' : 'Restore progress'} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(running.progress * 100)}>
          <div className="progress-track">
            <div className="progress-bar" style={{ width: `${Math.round(running.progress * 100)}%` }} />
          </div>
          <span className="muted small">{running.message}</span>
          <button type="button" className="ghost" onClick={() => void api.call('jobs.cancel', { id: running.jobId })}>
            Cancel
          </button>
        </div>
      )}
      {error && (
        <div className="inline-error" role="alert">
          {error}
        </div>
      )}
      <div className="setting column">
        <div className="setting-text">
          <span>Restore</span>
          <p className="muted small">Replaces history, library and settings with a backup. The current data is backed up first, so a restore can be undone.</p>
        </div>
        {backups && backups.length === 0 && <p className="muted small">No backups yet. Press “Back up now” to make the first one.</p>}
        {backups && backups.length > 0 && (
          <ul className="backups" data-testid="backup-list">
            {backups.slice(0, 8).map((b) => (
              <li key={b.name}>
                <span className="backup-name" title={b.path}>
                  {new Date(b.createdAt).toLocaleString()} <span className="muted small">· {relativeTime(b.createdAt)} · {size(b.bytes)}</span>
                </span>
                {confirming === b.name ? (
                  <span className="confirm">
                    <span className="small">Replace current data?</span>
                    <button type="button" className="danger" onClick={() => void start('restore', b.name)}>
                      Restore
                    </button>
                    <button type="button" className="ghost" onClick={() => setConfirming(null)}>
                      Keep current
                    </button>
                  </span>
                ) : (
                  <button type="button" onClick={() => setConfirming(b.name)} disabled={running !== null} aria-label={`Restore the backup from ${new Date(b.createdAt).toLocaleString()}`}>
                    Restore…
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
