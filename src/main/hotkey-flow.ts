// The global-hotkey rewrite (issue 6, part 1) as a plain function over ports: read the selection (copy keystroke,
// user's clipboard saved and restored) or else the clipboard, enhance it, preview it, then paste it back or leave it
// on the clipboard, and say what happened. Electron-free, so it is tested in Node against the real core.
import type { ClipboardPort, ClipboardSnapshot, EnhancePort, KeySenderPort, NotifierPort, PreviewPort } from './ports.ts';

/** Longest text the hotkey rewrites; longer selections are refused with a notification (the window takes more). */
export const HOTKEY_MAX_CHARS = 20_000;

export type RewriteOutcome =
  | { kind: 'pasted' | 'copied'; source: 'selection' | 'clipboard'; historyId: number | null; intent: string; techniques: string[] }
  | { kind: 'cancelled'; source: 'selection' | 'clipboard'; historyId: number | null }
  | { kind: 'empty' | 'too-long' | 'unreadable' | 'failed' | 'busy'; message: string };

export interface HotkeyFlowDeps {
  clipboard: ClipboardPort;
  keys: KeySenderPort;
  notifier: NotifierPort;
  enhance: EnhancePort;
  /** Without a preview the result is accepted at once. */
  preview?: PreviewPort | undefined;
  maxChars?: number;
  /** How long to wait for the copied selection to reach the clipboard. */
  copyTimeoutMs?: number;
  /**
   * Pause before the copy keystroke, so the user has let go of the hotkey: with Alt still held, Ctrl+C would arrive
   * as Ctrl+Alt+C (xdotool clears modifiers itself; SendKeys and System Events do not).
   */
  releaseDelayMs?: number;
  /** Pause before restoring the clipboard after a paste keystroke, so the target app reads the new text first. */
  pasteSettleMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Shown in notifications: "Ctrl+V" or "⌘V". */
  pasteKeyLabel?: string;
}

export interface RunOptions {
  /** 'hotkey' reads the selection first and previews; 'tray' (Enhance clipboard) uses the clipboard only. */
  source: 'hotkey' | 'tray';
}

export interface HotkeyFlow {
  run(options?: RunOptions): Promise<RewriteOutcome>;
  /** Puts back what the last rewrite replaced: the paste is undone in place and the clipboard restored. */
  undo(): Promise<boolean>;
  canUndo(): boolean;
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const labelOf = (id: string) => id.replace(/[_-]+/g, ' ');

export function createHotkeyFlow(deps: HotkeyFlowDeps): HotkeyFlow {
  const { clipboard, keys, notifier } = deps;
  const maxChars = deps.maxChars ?? HOTKEY_MAX_CHARS;
  const copyTimeoutMs = deps.copyTimeoutMs ?? 400;
  const sleep = deps.sleep ?? defaultSleep;
  const pasteKey = deps.pasteKeyLabel ?? 'Ctrl+V';
  let busy = false;
  let last: { before: ClipboardSnapshot; pasted: boolean } | null = null;

  /** The selected text via a copy keystroke, or null when there is none; the user's clipboard is restored either way. */
  async function readSelection(saved: ClipboardSnapshot): Promise<{ text: string | null; error: string | null }> {
    const why = keys.unavailableReason();
    if (why) return { text: null, error: why };
    await clipboard.writeText('');
    try {
      await sleep(deps.releaseDelayMs ?? 150);
      await keys.send('copy');
      const step = 25;
      for (let waited = 0; waited <= copyTimeoutMs; waited += step) {
        const got = await clipboard.readText();
        if (got !== '') return { text: got, error: null };
        await sleep(step);
      }
      return { text: null, error: null }; // nothing selected
    } catch (err) {
      return { text: null, error: err instanceof Error ? err.message : String(err) };
    } finally {
      await clipboard.restore(saved);
    }
  }

  async function run(options: RunOptions = { source: 'hotkey' }): Promise<RewriteOutcome> {
    if (busy) return { kind: 'busy', message: 'A rewrite is already in progress.' };
    busy = true;
    try {
      const fromHotkey = options.source === 'hotkey';
      const saved = await clipboard.snapshot();
      const selection = fromHotkey ? await readSelection(saved) : { text: null, error: null };
      const source = selection.text !== null && selection.text.trim() !== '' ? 'selection' : 'clipboard';
      const text = source === 'selection' ? (selection.text ?? '') : saved.text;

      if (text.trim() === '') {
        if (selection.error) {
          const message = `Could not read the selection (${selection.error}) and the clipboard is empty. Copy the text, then press the hotkey again.`;
          notifier.notify({ title: 'Selection not readable', body: message });
          return { kind: 'unreadable', message };
        }
        const message = fromHotkey
          ? 'Nothing to enhance: select some text or copy it to the clipboard, then press the hotkey.'
          : 'Nothing to enhance: the clipboard has no text. Copy a prompt first.';
        notifier.notify({ title: 'Nothing to enhance', body: message });
        return { kind: 'empty', message };
      }
      if (text.length > maxChars) {
        const message = `The text is ${text.length.toLocaleString('en-US')} characters; the hotkey rewrites up to ${maxChars.toLocaleString('en-US')}. Open BetterPrompts to enhance longer prompts.`;
        notifier.notify({ title: 'Text too long', body: message });
        return { kind: 'too-long', message };
      }

      let result;
      try {
        result = await deps.enhance(text, options.source);
      } catch (err) {
        const message = `Enhancing failed: ${err instanceof Error ? err.message : String(err)}`;
        notifier.notify({ title: 'Enhance failed', body: message });
        return { kind: 'failed', message };
      }
      const techniques = result.techniques.map((t) => t.name ?? labelOf(t.id));
      const canPaste = source === 'selection' && keys.unavailableReason() === null;
      const choice = deps.preview && fromHotkey
        ? await deps.preview.show({ original: text, enhanced: result.enhanced, intent: result.intent, techniques, action: canPaste ? 'paste' : 'copy' })
        : 'accept';
      if (choice === 'cancel') return { kind: 'cancelled', source, historyId: result.historyId };

      await clipboard.writeText(result.enhanced);
      let pasted = false;
      if (canPaste) {
        try {
          await keys.send('paste');
          pasted = true;
          await sleep(deps.pasteSettleMs ?? 0);
        } catch {
          pasted = false; // the text stays on the clipboard; the notification says so
        }
      }
      last = { before: saved, pasted };
      const what = `${labelOf(result.intent)}${techniques.length ? ` · ${techniques.join(', ')}` : ''}`;
      notifier.notify(
        pasted
          ? { title: 'Prompt rewritten', body: `${what}. Undo from the tray menu.` }
          : { title: 'Enhanced prompt copied', body: `${what}. Paste it with ${pasteKey}.` },
      );
      return { kind: pasted ? 'pasted' : 'copied', source, historyId: result.historyId, intent: result.intent, techniques };
    } finally {
      busy = false;
    }
  }

  async function undo(): Promise<boolean> {
    const l = last;
    if (!l) return false;
    last = null;
    if (l.pasted && keys.unavailableReason() === null) {
      try {
        await keys.send('undo');
      } catch {
        // the original is still put back on the clipboard below
      }
    }
    await clipboard.restore(l.before);
    notifier.notify({ title: 'Rewrite undone', body: l.pasted ? 'The original text is back.' : 'Your clipboard is back as it was.' });
    return true;
  }

  return { run, undo, canUndo: () => last !== null };
}
