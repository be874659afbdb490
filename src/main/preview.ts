// The hotkey's preview: a small always-on-top window shown without taking focus (so the paste lands in the user's
// application), rendered in main as a static page with no script at all. Enter and Esc are registered as global
// shortcuts only while it is visible, because the focused application, not the preview, receives the keys.
import { createHash } from 'node:crypto';
import type { PreviewData, PreviewPort, ShortcutRegistryPort } from './ports.ts';

export const PREVIEW_PATH = '/preview.html';
export const PREVIEW_TIMEOUT_MS = 20_000;
const MAX_SHOWN_CHARS = 4000;

export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const clip = (s: string) => (s.length > MAX_SHOWN_CHARS ? `${s.slice(0, MAX_SHOWN_CHARS)}\n…` : s);

const STYLE = `
:root{color-scheme:dark light}
body{margin:0;font:13px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;background:#16181d;color:#e8e9ed;overflow:hidden}
main{display:flex;flex-direction:column;height:100vh;padding:10px 12px;box-sizing:border-box;gap:6px}
header{display:flex;gap:6px;align-items:center;flex-wrap:wrap}
.intent{font-weight:600;text-transform:capitalize}
.chip{background:#2b3040;border-radius:9px;padding:1px 8px;font-size:11px}
.cols{display:grid;grid-template-columns:1fr 1.4fr;gap:8px;flex:1;min-height:0}
pre{margin:0;white-space:pre-wrap;word-break:break-word;overflow:hidden;background:#1e2129;border-radius:6px;padding:6px 8px;font:12px/1.35 ui-monospace,monospace}
.original{color:#9aa0ad}
footer{font-size:11px;color:#9aa0ad}
kbd{border:1px solid #555;border-radius:3px;padding:0 4px}
@media (prefers-color-scheme: light){body{background:#fafafa;color:#1b1d22}pre{background:#eef0f4}.chip{background:#dfe3ec}.original,footer{color:#5b6170}}
`;

/** The preview page and its CSP: no script may run, only this exact stylesheet. */
export function renderPreviewPage(data: PreviewData | null): { body: string; csp: string } {
  const styleHash = createHash('sha256').update(STYLE).digest('base64');
  const csp = `default-src 'none'; style-src 'sha256-${styleHash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
  const content = data
    ? `<header><span class="intent">${escapeHtml(data.intent.replace(/_/g, ' '))}</span>${data.techniques
        .map((t) => `<span class="chip" data-testid="technique-chip">${escapeHtml(t)}</span>`)
        .join('')}</header>
<div class="cols"><pre class="original" data-testid="preview-original">${escapeHtml(clip(data.original))}</pre><pre data-testid="enhanced-output">${escapeHtml(clip(data.enhanced))}</pre></div>
<footer><kbd>Enter</kbd> ${data.action === 'paste' ? 'replace the selection' : 'copy to the clipboard'} · <kbd>Esc</kbd> cancel</footer>`
    : '<footer>Nothing to preview.</footer>';
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>BetterPrompts preview</title><style>${STYLE}</style></head><body><main>${content}</main></body></html>`;
  return { body, csp };
}

/** The preview window as the controller sees it (Electron's BrowserWindow in the app). */
export interface PreviewWindowPort {
  /** Loads the current page and shows the window without activating it. */
  showInactive(): Promise<void> | void;
  hide(): void;
}

export interface PreviewController extends PreviewPort {
  /** What the page shows now (served by the app protocol at PREVIEW_PATH). */
  current(): PreviewData | null;
  /** Resolves an open preview as cancelled (e.g. the window was closed). */
  cancel(): void;
}

const ACCEPT_KEYS = ['Enter'];
const CANCEL_KEYS = ['Escape'];

export function createPreviewController(opts: {
  shortcuts: ShortcutRegistryPort;
  window: PreviewWindowPort;
  timeoutMs?: number;
  log?: (msg: string) => void;
}): PreviewController {
  let current: PreviewData | null = null;
  let settle: ((choice: 'accept' | 'cancel') => void) | null = null;

  const cancel = () => settle?.('cancel');

  return {
    current: () => current,
    cancel,
    show(data) {
      cancel(); // a newer preview replaces an open one
      current = data;
      return new Promise((resolve) => {
        const registered: string[] = [];
        const timer: { id?: ReturnType<typeof setTimeout> } = {};
        const done = (choice: 'accept' | 'cancel') => {
          if (settle !== done) return;
          settle = null;
          clearTimeout(timer.id);
          for (const key of registered) opts.shortcuts.unregister(key);
          opts.window.hide();
          current = null;
          resolve(choice);
        };
        settle = done;
        const grab = (keys: string[], choice: 'accept' | 'cancel') => {
          for (const key of keys) {
            let okay: boolean;
            try {
              okay = opts.shortcuts.register(key, () => done(choice));
            } catch {
              okay = false;
            }
            if (okay) {
              registered.push(key);
              return true;
            }
          }
          return false;
        };
        const haveAccept = grab(ACCEPT_KEYS, 'accept');
        const haveCancel = haveAccept && grab(CANCEL_KEYS, 'cancel');
        if (!haveAccept || !haveCancel) {
          // Without the keys nobody can answer the preview: go ahead, the notification says what happened.
          opts.log?.('preview: Enter/Esc could not be registered; accepting without a preview');
          done('accept');
          return;
        }
        timer.id = setTimeout(() => done('cancel'), opts.timeoutMs ?? PREVIEW_TIMEOUT_MS);
        void Promise.resolve(opts.window.showInactive()).catch(() => done('accept'));
      });
    },
  };
}
