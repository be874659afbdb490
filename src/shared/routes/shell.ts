// Routes of the desktop shell (issue 6): global hotkey registration state and pause, tray presence, whether the
// selection can be read. Answered by the Electron main process through a port; in web mode and the CLI they answer
// UNAVAILABLE.
import { z } from 'zod';
import { defineEvents, defineRoutes } from '../define.ts';
import { Empty } from './common.ts';

export const HotkeyStateSchema = z.object({
  /** The shortcut asked for in Settings, in Electron accelerator syntax ("CommandOrControl+Alt+E"). */
  accelerator: z.string(),
  /** The same, as the user reads it on this platform ("Ctrl+Alt+E", "⌘⌥E"). */
  label: z.string(),
  /** The shortcut registered now: the requested one, the previous one kept after a conflict, or null. */
  active: z.string().nullable(),
  registered: z.boolean(),
  paused: z.boolean(),
  /** Why the requested shortcut could not be registered (a conflict with another application, or invalid). */
  error: z.string().nullable(),
});

export const ShellStatusSchema = z.object({
  hotkey: HotkeyStateSchema,
  tray: z.boolean(),
  /** Null when the selection can be copied with a simulated keystroke; otherwise why the hotkey uses the clipboard. */
  selectionUnavailable: z.string().nullable(),
  /** True when the last hotkey/tray rewrite can be undone. */
  canUndo: z.boolean(),
  /** Null when API keys are protected by the OS keychain; otherwise a warning to show next to the key fields. */
  keychainWarning: z.string().nullable(),
  /** Whether the app starts (hidden, in the tray) when the user logs in. */
  startAtLogin: z.boolean(),
});
export type ShellStatus = z.infer<typeof ShellStatusSchema>;

export const shellRoutes = defineRoutes({
  'shell.status': { input: Empty, output: ShellStatusSchema, summary: 'Desktop only: global hotkey registration (conflicts), pause state, tray.' },
  'shell.setHotkeyPaused': {
    input: z.object({ paused: z.boolean() }).strict(),
    output: ShellStatusSchema,
    summary: 'Desktop only: pause or resume the global hotkey.',
  },
  'shell.setStartAtLogin': {
    input: z.object({ enabled: z.boolean() }).strict(),
    output: ShellStatusSchema,
    summary: 'Desktop only: start BetterPrompts (hidden, in the tray) at login, or not.',
  },
});

export const shellEvents = defineEvents({
  /** Sent when the hotkey is (re)registered, fails, or is paused. */
  'shell.changed': ShellStatusSchema,
});
