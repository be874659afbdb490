// Registers the global hotkey, re-registers it when Settings change it, pauses it from the tray, and reports why
// registration failed (another application holds the shortcut, or Electron cannot parse it).
import type { ShortcutRegistryPort } from './ports.ts';

export interface HotkeyState {
  /** The shortcut asked for (Settings). */
  accelerator: string;
  /** The shortcut actually registered now: the requested one, the previous one kept after a conflict, or null. */
  active: string | null;
  registered: boolean;
  paused: boolean;
  /** Why the requested shortcut is not registered (null when it is, or when paused). */
  error: string | null;
}

export interface HotkeyManager {
  /** Registers `accelerator` in place of the current one; on failure keeps the previous shortcut working. */
  apply(accelerator: string): HotkeyState;
  setPaused(paused: boolean): HotkeyState;
  state(): HotkeyState;
  /** Unregisters; safe to call twice. */
  dispose(): void;
}

/** "CommandOrControl+Alt+E" as the user reads it on this platform. */
export function displayAccelerator(accelerator: string, platform: NodeJS.Platform = process.platform): string {
  const mac = platform === 'darwin';
  return accelerator
    .split('+')
    .map((part) => {
      const p = part.toLowerCase();
      if (p === 'commandorcontrol' || p === 'cmdorctrl') return mac ? '⌘' : 'Ctrl';
      if (p === 'command' || p === 'cmd') return '⌘';
      if (p === 'control' || p === 'ctrl') return mac ? '⌃' : 'Ctrl';
      if (p === 'alt' || p === 'option') return mac ? '⌥' : 'Alt';
      if (p === 'shift') return mac ? '⇧' : 'Shift';
      if (p === 'super' || p === 'meta') return mac ? '⌘' : 'Super';
      return part;
    })
    .join(mac ? '' : '+');
}

const MODIFIERS = new Set(['commandorcontrol', 'cmdorctrl', 'command', 'cmd', 'control', 'ctrl', 'alt', 'option', 'altgr', 'shift', 'super', 'meta']);

/** A global shortcut without a modifier (a bare "E") would eat that key in every application: refused. */
export function checkAccelerator(accelerator: string): string | null {
  const parts = accelerator.split('+').map((p) => p.trim().toLowerCase());
  if (parts.some((p) => p === '')) return `"${accelerator}" is not a valid shortcut.`;
  const key = parts[parts.length - 1] ?? '';
  if (MODIFIERS.has(key)) return `"${accelerator}" has no key after its modifiers.`;
  if (!parts.slice(0, -1).some((p) => MODIFIERS.has(p) && p !== 'shift') && !/^f([1-9]|1\d|2[0-4])$/.test(key)) {
    return `"${accelerator}" needs Ctrl, Alt or ${'\u2318'} (a global shortcut without one would take that key from every application).`;
  }
  return null;
}

export function createHotkeyManager(opts: {
  registry: ShortcutRegistryPort;
  onTrigger: () => void;
  onChange?: (state: HotkeyState) => void;
  platform?: NodeJS.Platform;
}): HotkeyManager {
  const { registry } = opts;
  let requested = '';
  let active: string | null = null;
  let paused = false;
  let error: string | null = null;

  const snapshot = (): HotkeyState => ({ accelerator: requested, active, registered: active !== null && active === requested, paused, error });
  const changed = () => {
    const s = snapshot();
    opts.onChange?.(s);
    return s;
  };

  /** Registers one accelerator; returns null on success or the reason it failed. */
  function tryRegister(accelerator: string): string | null {
    const invalid = checkAccelerator(accelerator);
    if (invalid) return invalid;
    try {
      if (registry.register(accelerator, opts.onTrigger)) return null;
      return `${displayAccelerator(accelerator, opts.platform)} is already used by another application or the system. Choose another shortcut in Settings.`;
    } catch (err) {
      return `"${accelerator}" is not a valid shortcut (${err instanceof Error ? err.message : String(err)}).`;
    }
  }

  function release() {
    if (active !== null) registry.unregister(active);
    active = null;
  }

  return {
    apply(accelerator) {
      const previous = active;
      requested = accelerator;
      if (paused) {
        error = null;
        return changed();
      }
      if (previous === accelerator) {
        error = null;
        return changed();
      }
      release();
      error = tryRegister(accelerator);
      if (error === null) active = accelerator;
      else if (previous !== null && tryRegister(previous) === null) active = previous;
      return changed();
    },
    setPaused(next) {
      if (next === paused) return snapshot();
      paused = next;
      if (paused) {
        release();
        error = null;
      } else if (requested) {
        error = tryRegister(requested);
        if (error === null) active = requested;
      }
      return changed();
    },
    state: snapshot,
    dispose() {
      release();
    },
  };
}
