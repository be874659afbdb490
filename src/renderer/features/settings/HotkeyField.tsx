import { useState, type KeyboardEvent } from 'react';
import { isMac } from '../../ui/labels.ts';

/** Electron accelerator → what the keys look like on this platform. */
export const showAccelerator = (accel: string): string =>
  accel
    .split('+')
    .map((k) => (k === 'CommandOrControl' || k === 'CmdOrCtrl' ? (isMac ? '⌘' : 'Ctrl') : k === 'Alt' && isMac ? '⌥' : k))
    .join(' + ');

const KEY_NAMES: Record<string, string> = { ' ': 'Space', ArrowUp: 'Up', ArrowDown: 'Down', ArrowLeft: 'Left', ArrowRight: 'Right', Escape: 'Esc' };

/** A key press → an Electron accelerator, or null while only modifiers are held or without any modifier. */
export function toAccelerator(e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): string | null {
  if (['Control', 'Meta', 'Alt', 'Shift'].includes(e.key)) return null;
  const mods = [e.ctrlKey || e.metaKey ? 'CommandOrControl' : '', e.altKey ? 'Alt' : '', e.shiftKey ? 'Shift' : ''].filter(Boolean);
  if (mods.length === 0) return null; // a global shortcut without a modifier would swallow a plain key everywhere
  let key = /^Key[A-Z]$/.test(e.code) ? e.code.slice(3) : /^Digit\d$/.test(e.code) ? e.code.slice(5) : (KEY_NAMES[e.key] ?? e.key);
  if (key.length === 1) key = key.toUpperCase();
  return [...mods, key].join('+');
}

/** Shows the hotkey; "Change…" records the next key combination (Esc cancels). */
export function HotkeyField({ value, onChange }: { value: string; onChange(accel: string): void }) {
  const [recording, setRecording] = useState(false);
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (!recording) return;
    e.preventDefault();
    e.stopPropagation();
    if (e.key === 'Escape') return setRecording(false);
    const accel = toAccelerator(e);
    if (accel) {
      setRecording(false);
      if (accel !== value) onChange(accel);
    }
  };
  return (
    <span className="hotkey-field">
      <kbd className="hotkey" data-testid="setting-hotkey" aria-label={`Global hotkey: ${showAccelerator(value)}`}>
        {showAccelerator(value)}
      </kbd>
      <button
        type="button"
        className={recording ? 'recording' : undefined}
        data-testid="hotkey-change"
        aria-label={recording ? 'Press the new key combination, or Esc to cancel' : 'Change the global hotkey'}
        onClick={() => setRecording(!recording)}
        onKeyDown={onKeyDown}
        onBlur={() => setRecording(false)}
      >
        {recording ? 'Press keys…' : 'Change…'}
      </button>
    </span>
  );
}
