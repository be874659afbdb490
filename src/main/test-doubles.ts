// Test doubles for the true edge only: the OS clipboard, the focused application receiving keystrokes, notifications
// and Electron's globalShortcut. The enhancer in tests is always the real core.
import type { BrowserWindowConstructorOptions } from 'electron';
import type { ClipboardPort, ClipboardSnapshot, KeyAction, KeySenderPort, NotifierPort, ShortcutRegistryPort } from './ports.ts';

/** An in-memory clipboard holding text and HTML, like the OS one holds several formats. */
export class FakeClipboard implements ClipboardPort {
  text = '';
  html = '';
  async readText() {
    return this.text;
  }
  async writeText(text: string) {
    this.text = text;
    this.html = '';
  }
  async snapshot(): Promise<ClipboardSnapshot> {
    return { text: this.text, html: this.html };
  }
  async restore(s: ClipboardSnapshot) {
    this.text = s.text;
    this.html = typeof s.html === 'string' ? s.html : '';
  }
}

/**
 * The focused application: a text field with a selection. Copy puts the selection on the clipboard, paste replaces
 * the selection with the clipboard's text, undo reverts the last paste.
 */
export class FakeFocusedApp implements KeySenderPort {
  readonly sent: KeyAction[] = [];
  document: string;
  selection: string;
  unavailable: string | null = null;
  failOn: KeyAction | null = null;
  #history: { document: string; selection: string }[] = [];
  readonly #clipboard: FakeClipboard;

  constructor(clipboard: FakeClipboard, document = '', selection = '') {
    this.#clipboard = clipboard;
    this.document = document;
    this.selection = selection;
  }
  unavailableReason() {
    return this.unavailable;
  }
  async send(action: KeyAction) {
    this.sent.push(action);
    if (this.failOn === action) throw new Error(`simulated ${action} failure`);
    if (action === 'copy') {
      if (this.selection) await this.#clipboard.writeText(this.selection);
    } else if (action === 'paste') {
      this.#history.push({ document: this.document, selection: this.selection });
      const text = await this.#clipboard.readText();
      this.document = this.selection ? this.document.replace(this.selection, text) : this.document + text;
      this.selection = '';
    } else {
      const prev = this.#history.pop();
      if (prev) Object.assign(this, prev);
    }
  }
}

export class FakeNotifier implements NotifierPort {
  readonly notes: { title: string; body: string }[] = [];
  notify(note: { title: string; body: string }) {
    this.notes.push(note);
  }
  get last() {
    return this.notes[this.notes.length - 1];
  }
}

/** Electron's globalShortcut: accelerators held by "other applications" cannot be registered. */
export class FakeShortcuts implements ShortcutRegistryPort {
  readonly held = new Set<string>();
  readonly registered = new Map<string, () => void>();
  register(accelerator: string, callback: () => void) {
    if (/\+\+|^\+|\+$|bogus/i.test(accelerator)) throw new Error(`conversion failure for ${accelerator}`);
    if (this.held.has(accelerator) || this.registered.has(accelerator)) return false;
    this.registered.set(accelerator, callback);
    return true;
  }
  unregister(accelerator: string) {
    this.registered.delete(accelerator);
  }
  press(accelerator: string) {
    const cb = this.registered.get(accelerator);
    if (!cb) throw new Error(`${accelerator} is not registered`);
    cb();
  }
}

/** Stands in for Electron's BrowserWindow: records the options it was constructed with. */
export class CapturingWindow {
  readonly options: BrowserWindowConstructorOptions;
  constructor(options: BrowserWindowConstructorOptions) {
    this.options = options;
  }
}
