// The app's pages are served through the privileged `app://bp/` scheme instead of file://: a file:// page could read
// any file the user can, and every file:// URL is "same origin". The handler maps a URL to one file under the built
// renderer folder and refuses everything else (traversal, encoded separators, other hosts, symlinks out of the root).
import { readFile, realpath } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY, CONTENT_TYPES } from '../shared/web-assets.ts';

export const APP_SCHEME = 'app';
export const APP_HOST = 'bp';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** Sent as a header on every page. */
export const APP_CSP = CONTENT_SECURITY_POLICY;

export type ResolvedPath = { ok: true; file: string } | { ok: false; status: 400 | 403 | 404; reason: string };

/** Maps an app:// URL to a file inside `root`, lexically (symlinks are checked when the file is opened). */
export function resolveAppPath(url: string, root: string): ResolvedPath {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { ok: false, status: 400, reason: 'malformed URL' };
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return { ok: false, status: 403, reason: 'wrong origin' };
  if (u.username || u.password) return { ok: false, status: 403, reason: 'credentials in URL' };
  const raw = u.pathname;
  // Decoding may reveal separators or dots the URL parser did not normalise: refuse them rather than guess.
  if (/%2f|%5c|%2e|%00/i.test(raw) || raw.includes('\\')) return { ok: false, status: 403, reason: 'encoded separator or dot' };
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return { ok: false, status: 400, reason: 'bad percent-encoding' };
  }
  if (path.includes('\0')) return { ok: false, status: 403, reason: 'NUL byte' };
  const segments = path.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.' || s.includes(':'))) return { ok: false, status: 403, reason: 'path traversal' };
  if (segments.length === 0) segments.push('index.html');
  const base = resolve(root);
  const file = resolve(base, ...segments);
  const rel = relative(base, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return { ok: false, status: 403, reason: 'outside the app folder' };
  return { ok: true, file };
}

export interface ProtocolRequest {
  url: string;
  method: string;
}

/** Extra pages generated in memory (e.g. the hotkey preview), by path. */
export type VirtualPages = Record<string, () => { body: string; csp: string }>;

export function createAppProtocolHandler(opts: { root: string; pages?: VirtualPages }): (request: ProtocolRequest) => Promise<Response> {
  const base = resolve(opts.root);
  const refuse = (status: number, reason: string) =>
    new Response(`${status} ${reason}`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'method not allowed');
    const resolved = resolveAppPath(request.url, base);
    if (!resolved.ok) return refuse(resolved.status, resolved.reason);

    const page = opts.pages?.[`/${relative(base, resolved.file).split(sep).join('/')}`];
    if (page) {
      const { body, csp } = page();
      return new Response(request.method === 'HEAD' ? null : body, {
        headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
      });
    }

    let real: string;
    try {
      real = await realpath(resolved.file);
    } catch {
      return refuse(404, 'not found');
    }
    const realBase = await realpath(base).catch(() => base);
    const rel = relative(realBase, real);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return refuse(403, 'outside the app folder');
    const type = CONTENT_TYPES[extname(real).toLowerCase()];
    if (!type) return refuse(403, 'file type not served');
    let body: Buffer;
    try {
      body = await readFile(real);
    } catch {
      return refuse(404, 'not found');
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      headers: {
        'Content-Type': type,
        'Content-Security-Policy': APP_CSP,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': real.endsWith('.html') ? 'no-store' : 'max-age=3600',
      },
    });
  };
}
