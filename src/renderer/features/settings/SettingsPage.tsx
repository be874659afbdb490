import { useEffect, useState } from 'react';
import type { Job } from '../../../shared/index.ts';
import { api } from '../../api/index.ts';
import { useApp } from '../../store.ts';

export function SettingsPage() {
  const { settings, saveSettings, info, toast } = useApp();
  const [backup, setBackup] = useState<{ jobId: string; progress: number; message: string } | null>(null);

  useEffect(() => {
    const offProgress = api.on('job.progress', (p) => setBackup((b) => (b && b.jobId === p.jobId ? { ...b, progress: p.progress, message: p.message } : b)));
    const offDone = api.on('job.finished', (job: Job) => {
      setBackup((b) => {
        if (!b || b.jobId !== job.id) return b;
        if (job.state === 'succeeded') toast(`Backup saved to ${(job.result as { path?: string } | null)?.path ?? 'the backups folder'}.`);
        else toast(`Backup ${job.state}${job.error ? `: ${job.error}` : ''}.`, { kind: job.state === 'cancelled' ? 'info' : 'error' });
        return null;
      });
    });
    return () => {
      offProgress();
      offDone();
    };
  }, [toast]);

  if (!settings) return <section className="page"><h1 id="page-title">Settings</h1><p className="muted">Loading…</p></section>;

  const startBackup = async () => {
    const { jobId } = await api.call('data.backup', {});
    setBackup({ jobId, progress: 0, message: 'Starting…' });
  };

  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">Settings</h1>
      <div className="card form">
        <label>
          Default target model
          <select data-testid="setting-target-model" value={settings.targetModel} onChange={(e) => void saveSettings({ targetModel: e.target.value as typeof settings.targetModel })}>
            <option value="generic">Any model</option>
            <option value="claude">Claude (XML sections)</option>
            <option value="gpt">GPT (Markdown)</option>
            <option value="gemini">Gemini (Markdown)</option>
          </select>
        </label>
        <label>
          Maximum techniques per rewrite
          <input type="number" min={1} max={10} value={settings.maxTechniques} onChange={(e) => { const n = Number(e.target.value); if (n >= 1 && n <= 10) void saveSettings({ maxTechniques: n }); }} />
        </label>
        <label>
          Verbosity
          <select value={settings.verbosity} onChange={(e) => void saveSettings({ verbosity: e.target.value as typeof settings.verbosity })}>
            <option value="concise">Concise</option>
            <option value="balanced">Balanced</option>
            <option value="detailed">Detailed</option>
          </select>
        </label>
        <label>
          Theme
          <select data-testid="setting-theme" value={settings.theme} onChange={(e) => void saveSettings({ theme: e.target.value as typeof settings.theme })}>
            <option value="system">Follow the system</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
        <label>
          Global hotkey
          <input value={settings.hotkey} readOnly aria-describedby="hotkey-note" />
        </label>
        <small id="hotkey-note" className="muted">The hotkey rewrites the selected text or clipboard in any app (desktop only).</small>
      </div>
      <div className="card">
        <h2>Data</h2>
        <p>
          Everything is stored on this machine in <code>{info?.dbPath ?? '…'}</code>.
        </p>
        <button type="button" onClick={() => void startBackup()} disabled={backup !== null}>
          Back up now
        </button>
        {backup && (
          <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(backup.progress * 100)}>
            <div className="progress-bar" style={{ width: `${Math.round(backup.progress * 100)}%` }} />
            <span>{backup.message}</span>
            <button type="button" onClick={() => void api.call('jobs.cancel', { id: backup.jobId })}>Cancel</button>
          </div>
        )}
      </div>
    </section>
  );
}
