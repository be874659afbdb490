import { useCallback, useEffect, useState } from 'react';
import type { ShellStatus } from '../../../shared/routes/shell.ts';
import { api, ApiError } from '../../api/index.ts';
import { useApp } from '../../store.ts';
import { Icon } from '../../ui/Icon.tsx';
import { HotkeyField } from './HotkeyField.tsx';

/**
 * The global hotkey and the other desktop-shell settings. The shell (Electron main) answers `shell.status`; in web
 * mode it answers UNAVAILABLE and the section says these apply to the desktop app.
 */
export function DesktopSection() {
  const settings = useApp((s) => s.settings);
  const saveSettings = useApp((s) => s.saveSettings);
  const setShortcutsOpen = useApp((s) => s.setShortcutsOpen);
  const toast = useApp((s) => s.toast);
  const [shell, setShell] = useState<ShellStatus | null>(null);
  const [unavailable, setUnavailable] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setShell(await api.call('shell.status', {}));
      setUnavailable(null);
    } catch (err) {
      setUnavailable(err instanceof ApiError && err.code === 'UNAVAILABLE' ? 'web' : err instanceof Error ? err.message : String(err));
    }
  }, []);
  useEffect(() => {
    void load();
    return api.on('shell.changed', (status) => setShell(status));
  }, [load]);

  if (!settings) return null;
  const desktopOnly = unavailable === 'web';

  const change = async (fn: () => Promise<ShellStatus>, what: string) => {
    try {
      setShell(await fn());
    } catch (err) {
      toast(`Could not ${what}: ${err instanceof Error ? err.message : String(err)}`, { kind: 'error' });
    }
  };

  const hotkeyState = !shell
    ? desktopOnly
      ? { tone: 'muted', text: 'Registered by the desktop app (not in web mode).' }
      : { tone: 'muted', text: unavailable ? `Status unknown: ${unavailable}` : 'Checking…' }
    : shell.hotkey.error
      ? { tone: 'error', text: `Not registered: ${shell.hotkey.error}${shell.hotkey.active ? ` (still using ${shell.hotkey.active})` : ''}` }
      : shell.hotkey.paused
        ? { tone: 'warn', text: 'Paused: the shortcut does nothing until you resume it.' }
        : shell.hotkey.registered
          ? { tone: 'ok', text: 'Active in every app.' }
          : { tone: 'muted', text: 'Not registered.' };

  return (
    <section className="card" aria-labelledby="s-keys">
      <h2 id="s-keys">Keyboard and desktop</h2>
      <div className="setting">
        <div className="setting-text">
          <span id="hotkey-label">Global hotkey</span>
          <p className="muted small">Enhances the selected text (or the clipboard) in any app and puts the result back.</p>
          <p className={`status-line ${hotkeyState.tone}`} data-testid="hotkey-status">
            {hotkeyState.text}
          </p>
        </div>
        <div className="setting-controls">
          <HotkeyField value={settings.hotkey} onChange={(hotkey) => void saveSettings({ hotkey })} />
          {shell && (
            <button type="button" aria-pressed={shell.hotkey.paused} onClick={() => void change(() => api.call('shell.setHotkeyPaused', { paused: !shell.hotkey.paused }), 'change the hotkey')}>
              {shell.hotkey.paused ? 'Resume' : 'Pause'}
            </button>
          )}
        </div>
      </div>
      <div className="setting">
        <div className="setting-text">
          <label htmlFor="setting-close-to-tray">Keep running in the tray</label>
          <p className="muted small">Closing the window leaves BetterPrompts in the tray, so the hotkey keeps working.{desktopOnly ? ' Desktop app only.' : ''}</p>
        </div>
        <input id="setting-close-to-tray" type="checkbox" className="switch" role="switch" checked={settings.closeToTray} onChange={(e) => void saveSettings({ closeToTray: e.target.checked })} />
      </div>
      {shell && (
        <div className="setting">
          <div className="setting-text">
            <label htmlFor="setting-start-at-login">Start at login</label>
            <p className="muted small">Starts hidden, in the tray, when you log in.</p>
          </div>
          <input
            id="setting-start-at-login"
            type="checkbox"
            className="switch"
            role="switch"
            checked={shell.startAtLogin}
            onChange={(e) => void change(() => api.call('shell.setStartAtLogin', { enabled: e.target.checked }), 'change start at login')}
          />
        </div>
      )}
      {shell?.keychainWarning && <p className="inline-error small">{shell.keychainWarning}</p>}
      <div className="setting">
        <div className="setting-text">
          <span>In-app shortcuts</span>
          <p className="muted small">Enhance, copy, search and move through lists without the mouse.</p>
        </div>
        <button type="button" onClick={() => setShortcutsOpen(true)}>
          <Icon name="keyboard" /> Show shortcuts <kbd>?</kbd>
        </button>
      </div>
    </section>
  );
}
