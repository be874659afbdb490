// The small ports the desktop flows run over. Electron implements them in electron-adapters.ts; tests implement them
// with plain objects, so the flows (hotkey rewrite, tray, preview) run in plain Node against the real core.

/** What the user had on the clipboard, all formats we can put back (text, HTML, RTF, image…); opaque to the flows. */
export interface ClipboardSnapshot {
  text: string;
  [format: string]: unknown;
}

/** Asynchronous, like Electron's own clipboard API. */
export interface ClipboardPort {
  readText(): Promise<string>;
  writeText(text: string): Promise<void>;
  /** Saves every format currently on the clipboard. */
  snapshot(): Promise<ClipboardSnapshot>;
  /** Puts a snapshot back exactly (an empty snapshot clears the clipboard). */
  restore(snapshot: ClipboardSnapshot): Promise<void>;
}

export type KeyAction = 'copy' | 'paste' | 'undo';

/** Sends the platform's copy/paste/undo keystroke to the focused application (xdotool, osascript, SendKeys…). */
export interface KeySenderPort {
  /** Null when keystrokes can be sent here; otherwise why not (one phrase, shown to the user). */
  unavailableReason(): string | null;
  send(action: KeyAction): Promise<void>;
}

export interface NotifierPort {
  notify(note: { title: string; body: string }): void;
}

/** The slice of Electron's globalShortcut the hotkey manager uses. */
export interface ShortcutRegistryPort {
  /** False when another application holds the shortcut; throws on an accelerator Electron cannot parse. */
  register(accelerator: string, callback: () => void): boolean;
  unregister(accelerator: string): void;
}

export interface EnhancedText {
  enhanced: string;
  intent: string;
  techniques: { id: string; name?: string | undefined }[];
  /** The history row written for it (null if the core did not save one). */
  historyId: number | null;
}

/** Enhances a prompt and saves it to history with its source (in the app: the real core). */
export type EnhancePort = (text: string, source: 'hotkey' | 'tray') => Promise<EnhancedText>;

export interface PreviewData {
  original: string;
  enhanced: string;
  intent: string;
  techniques: string[];
  /** What Enter will do: paste over the selection, or only copy. */
  action: 'paste' | 'copy';
}

/** Shows the enhanced text without taking focus; resolves with the user's choice (Enter → 'accept', Esc → 'cancel'). */
export interface PreviewPort {
  show(data: PreviewData): Promise<'accept' | 'cancel'>;
}
