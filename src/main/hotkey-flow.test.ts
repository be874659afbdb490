import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../core/app-core.ts';
import { tempDir } from '../core/testing/temp-dir.ts';
import { coreEnhancePort } from './core-enhance.ts';
import { createHotkeyFlow, type HotkeyFlowDeps } from './hotkey-flow.ts';
import type { PreviewData } from './ports.ts';
import { FakeClipboard, FakeFocusedApp, FakeNotifier } from './test-doubles.ts';

const PROMPT = 'write a python function that parses a csv file and returns the rows as dicts';

let core: Core;
let dir: ReturnType<typeof tempDir>;
beforeAll(async () => {
  dir = tempDir();
  core = await createCore({ dataDir: dir.path, mode: 'test' });
});
afterAll(async () => {
  await core.dispose();
  dir.remove();
});

let clipboard: FakeClipboard;
let app: FakeFocusedApp;
let notifier: FakeNotifier;
let previews: PreviewData[];
beforeEach(() => {
  clipboard = new FakeClipboard();
  app = new FakeFocusedApp(clipboard);
  notifier = new FakeNotifier();
  previews = [];
});

function flow(over: Partial<HotkeyFlowDeps> & { choice?: 'accept' | 'cancel' } = {}) {
  return createHotkeyFlow({
    clipboard,
    keys: app,
    notifier,
    enhance: coreEnhancePort(core.dispatch),
    preview: {
      show: async (data) => {
        previews.push(data);
        return over.choice ?? 'accept';
      },
    },
    copyTimeoutMs: 50,
    sleep: async () => {},
    ...over,
  });
}

async function historyRow(id: number | null) {
  expect(id).not.toBeNull();
  const res = await core.dispatch('history.get', { id });
  if (!res.ok) throw new Error(res.error.message);
  return res.data as { input: string; output: string; source: string; intent: string };
}

describe('hotkey rewrite', () => {
  it('rewrites the selection in place, restores the clipboard in between, and saves a "hotkey" history row', async () => {
    clipboard.text = 'what the user had copied';
    clipboard.html = '<b>what the user had copied</b>';
    app.document = `Dear model, ${PROMPT}. Thanks`;
    app.selection = PROMPT;
    let clipboardDuringPreview = '';
    const outcome = await flow({
      preview: {
        show: async (data) => {
          previews.push(data);
          clipboardDuringPreview = clipboard.html;
          return 'accept';
        },
      },
    }).run();

    expect(outcome).toMatchObject({ kind: 'pasted', source: 'selection', intent: 'code' });
    expect(app.sent).toEqual(['copy', 'paste']);
    // The user's clipboard (all formats) was back before the preview showed.
    expect(clipboardDuringPreview).toBe('<b>what the user had copied</b>');
    expect(previews).toHaveLength(1);
    expect(previews[0]).toMatchObject({ original: PROMPT, intent: 'code', action: 'paste' });
    expect(previews[0]!.techniques.length).toBeGreaterThan(0);
    // The enhanced prompt replaced the selection and stays on the clipboard.
    expect(app.document).toContain(clipboard.text);
    expect(app.document).not.toBe(`Dear model, ${PROMPT}. Thanks`);
    expect(clipboard.text).toBe(previews[0]!.enhanced);
    expect(notifier.last?.title).toBe('Prompt rewritten');
    expect(notifier.last?.body).toMatch(/^code · /);

    const row = await historyRow(outcome.kind === 'pasted' ? outcome.historyId : null);
    expect(row).toMatchObject({ input: PROMPT, output: previews[0]!.enhanced, source: 'hotkey', intent: 'code' });
  });

  it('undo puts the original text back in place and restores the clipboard', async () => {
    clipboard.text = 'earlier clipboard';
    app.document = PROMPT;
    app.selection = PROMPT;
    const f = flow();
    expect(f.canUndo()).toBe(false);
    await f.run();
    expect(app.document).not.toBe(PROMPT);
    expect(f.canUndo()).toBe(true);
    expect(await f.undo()).toBe(true);
    expect(app.document).toBe(PROMPT);
    expect(app.sent).toEqual(['copy', 'paste', 'undo']);
    expect(clipboard.text).toBe('earlier clipboard');
    expect(f.canUndo()).toBe(false);
    expect(await f.undo()).toBe(false);
  });

  it('falls back to the clipboard text when nothing is selected, and leaves the result on the clipboard without pasting', async () => {
    clipboard.text = PROMPT;
    const f = flow();
    const outcome = await f.run();
    expect(outcome).toMatchObject({ kind: 'copied', source: 'clipboard' });
    expect(app.sent).toEqual(['copy']); // tried the selection, found none, did not paste
    expect(previews[0]).toMatchObject({ original: PROMPT, action: 'copy' });
    expect(clipboard.text).toBe(previews[0]!.enhanced);
    expect(notifier.last?.title).toBe('Enhanced prompt copied');
    await f.undo();
    expect(clipboard.text).toBe(PROMPT); // undo: the original is back on the clipboard
  });

  it('uses the clipboard when keystrokes cannot be sent here, and says nothing is pasted', async () => {
    app.unavailable = 'xdotool is not installed, so the selection cannot be copied';
    app.selection = 'ignored selection';
    clipboard.text = PROMPT;
    const outcome = await flow().run();
    expect(outcome).toMatchObject({ kind: 'copied', source: 'clipboard' });
    expect(app.sent).toEqual([]);
  });

  it('reports an empty selection and clipboard without calling the enhancer', async () => {
    let called = 0;
    const real = coreEnhancePort(core.dispatch);
    const outcome = await flow({ enhance: (t, s) => (called++, real(t, s)) }).run();
    expect(outcome.kind).toBe('empty');
    expect(called).toBe(0);
    expect(notifier.last?.title).toBe('Nothing to enhance');
    clipboard.text = '   \n\t ';
    expect((await flow().run()).kind).toBe('empty');
  });

  it('says the selection is not readable when the copy keystroke fails and the clipboard is empty', async () => {
    app.failOn = 'copy';
    app.selection = PROMPT;
    clipboard.html = '<i>image-ish</i>';
    const outcome = await flow().run();
    expect(outcome.kind).toBe('unreadable');
    expect(notifier.last?.title).toBe('Selection not readable');
    expect(notifier.last?.body).toContain('simulated copy failure');
    expect(clipboard.html).toBe('<i>image-ish</i>'); // restored even on failure
  });

  it('refuses text over the limit, with the numbers', async () => {
    app.selection = 'x'.repeat(101);
    const outcome = await flow({ maxChars: 100 }).run();
    expect(outcome.kind).toBe('too-long');
    expect(notifier.last?.body).toContain('101 characters');
    expect(notifier.last?.body).toContain('up to 100');
    expect(app.sent).toEqual(['copy']);
  });

  it('cancel (Esc) pastes nothing and keeps the user clipboard, but the enhancement is in history', async () => {
    clipboard.text = 'keep me';
    app.document = PROMPT;
    app.selection = PROMPT;
    const outcome = await flow({ choice: 'cancel' }).run();
    expect(outcome.kind).toBe('cancelled');
    expect(app.document).toBe(PROMPT);
    expect(clipboard.text).toBe('keep me');
    expect(app.sent).toEqual(['copy']);
    if (outcome.kind === 'cancelled') expect((await historyRow(outcome.historyId)).source).toBe('hotkey');
  });

  it('leaves the result on the clipboard when the paste keystroke fails', async () => {
    app.selection = PROMPT;
    app.document = PROMPT;
    app.failOn = 'paste';
    const outcome = await flow().run();
    expect(outcome.kind).toBe('copied');
    expect(clipboard.text).toBe(previews[0]!.enhanced);
    expect(notifier.last?.body).toContain('Paste it with');
  });

  it('reports an enhancer failure and a second press while busy', async () => {
    clipboard.text = PROMPT;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const real = coreEnhancePort(core.dispatch);
    const f = flow({ enhance: async (t, s) => (await gate, real(t, s)) });
    const first = f.run();
    await new Promise((r) => setTimeout(r, 5));
    expect(await f.run()).toMatchObject({ kind: 'busy' });
    release();
    expect((await first).kind).toBe('copied');

    const failing = await flow({ enhance: coreEnhancePort(async () => ({ ok: false, error: { code: 'INTERNAL', message: 'boom' } })) }).run();
    expect(failing).toMatchObject({ kind: 'failed', message: 'Enhancing failed: boom' });
  });

  it('Enhance Clipboard from the tray uses only the clipboard, no preview, and saves a "tray" row', async () => {
    clipboard.text = PROMPT;
    app.selection = 'not this';
    const outcome = await flow().run({ source: 'tray' });
    expect(outcome).toMatchObject({ kind: 'copied', source: 'clipboard' });
    expect(app.sent).toEqual([]);
    expect(previews).toEqual([]);
    if (outcome.kind === 'copied') expect((await historyRow(outcome.historyId)).source).toBe('tray');
    clipboard.text = '';
    expect((await flow().run({ source: 'tray' })).kind).toBe('empty');
    expect(notifier.last?.body).toContain('clipboard has no text');
  });
});
