// Web mode (`betterprompts serve`): the same contract as IPC, over HTTP on 127.0.0.1, with server-sent events.
// Every request must carry the per-launch access token (query once, then an HttpOnly SameSite=Strict cookie, or a
// bearer header for scripts), a Host of ours (DNS-rebinding guard) and, if it has an Origin, one of ours.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Core } from '../core/app-core.ts';
import type { Result } from '../shared/index.ts';
import { CONTENT_SECURITY_POLICY, allowedHosts, allowedOrigins, newAccessToken, readCookie, tokensEqual } from './security.ts';
import { contentType, openStatic, resolveStaticPath } from './static-files.ts';

export const MAX_BODY_BYTES = 8 * 1024 * 1024;
const COOKIE = 'bp_session';

export interface ServerOptions {
  core: Pick<Core, 'dispatch' | 'events' | 'jobs'>;
  /** Built renderer (out/renderer). When absent, the API still works and `/` explains how to build. */
  staticDir?: string | undefined;
  port?: number;
  token?: string;
}

export interface RunningServer {
  url: string;
  /** The URL to open in a browser: carries the token once, then the cookie takes over. */
  openUrl: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8', extra: Record<string, string> = {}) {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), ...extra });
  res.end(body);
}

const sendResult = (res: ServerResponse, status: number, result: Result<unknown>) =>
  send(res, status, JSON.stringify(result), 'application/json; charset=utf-8', { 'Cache-Control': 'no-store' });

const refuse = (res: ServerResponse, status: number, code: 'FORBIDDEN' | 'VALIDATION' | 'TOO_LARGE' | 'UNKNOWN_ROUTE', message: string) =>
  sendResult(res, status, { ok: false, error: { code, message } });

async function readBody(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  // Too large: stop buffering but keep reading (discarding) so the client gets our 413 rather than a reset socket.
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) {
    req.resume();
    return 'too-large';
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) {
      req.resume();
      return 'too-large';
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const token = opts.token ?? newAccessToken();
  const sseClients = new Set<ServerResponse>();
  let hosts = new Set<string>();
  let origins = new Set<string>();

  const authorized = (req: IncomingMessage, url: URL): 'query' | 'cookie' | 'bearer' | null => {
    const q = url.searchParams.get('token');
    if (q && tokensEqual(q, token)) return 'query';
    const c = readCookie(req.headers.cookie, COOKIE);
    if (c && tokensEqual(c, token)) return 'cookie';
    const auth = req.headers.authorization;
    if (auth?.startsWith('Bearer ') && tokensEqual(auth.slice(7), token)) return 'bearer';
    return null;
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendResult(res, 500, { ok: false, error: { code: 'INTERNAL', message: err instanceof Error ? err.message : String(err) } });
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');

    if (!hosts.has(req.headers.host ?? '')) return refuse(res, 403, 'FORBIDDEN', 'Unexpected Host header.');
    const origin = req.headers.origin;
    if (origin !== undefined && !origins.has(origin)) return refuse(res, 403, 'FORBIDDEN', 'Cross-origin requests are refused.');
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const auth = authorized(req, url);
    if (!auth) {
      if (url.pathname.startsWith('/api/')) return refuse(res, 401, 'FORBIDDEN', 'Missing or wrong access token.');
      return send(res, 401, 'BetterPrompts web mode: open the URL printed by `betterprompts serve` (it carries the access token).');
    }

    if (url.pathname.startsWith('/api/')) return api(req, res, url);

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', undefined, { Allow: 'GET, HEAD' });
    if (auth === 'query') {
      // Trade the token in the URL for a cookie and drop it from the address bar (and from history).
      url.searchParams.delete('token');
      res.writeHead(302, {
        Location: url.pathname + (url.search || ''),
        'Set-Cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        'Cache-Control': 'no-store',
      });
      return res.end();
    }
    if (!opts.staticDir) return send(res, 503, 'The renderer is not built: run `npm run build`, then start again.');
    const file = resolveStaticPath(opts.staticDir, url.pathname);
    if (!file) return send(res, 404, 'Not found');
    res.writeHead(200, {
      'Content-Type': contentType(file),
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'Cache-Control': file.endsWith('.html') ? 'no-store' : 'max-age=3600',
    });
    if (req.method === 'HEAD') return res.end();
    openStatic(file).pipe(res);
  }

  async function api(req: IncomingMessage, res: ServerResponse, url: URL) {
    if (url.pathname === '/api/events' && req.method === 'GET') return events(req, res);
    if (req.method !== 'POST') return refuse(res, 405, 'VALIDATION', 'Use POST for API calls.');
    // A JSON content type cannot be sent by a plain HTML form, which closes the last CSRF door.
    if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) {
      return refuse(res, 415, 'VALIDATION', 'Content-Type must be application/json.');
    }
    const body = await readBody(req);
    if (body === 'too-large') {
      res.setHeader('Connection', 'close');
      return refuse(res, 413, 'TOO_LARGE', `Request body over ${MAX_BODY_BYTES} bytes.`);
    }
    let input: unknown = undefined;
    if (body.length > 0) {
      try {
        input = JSON.parse(body.toString('utf8'));
      } catch {
        return refuse(res, 400, 'VALIDATION', 'Request body is not valid JSON.');
      }
    }
    const invoke = /^\/api\/invoke\/([A-Za-z0-9_.-]{1,80})$/.exec(url.pathname);
    if (invoke) return sendResult(res, 200, await opts.core.dispatch(invoke[1], input, { transport: 'http' }));
    const cancel = /^\/api\/cancel\/([A-Za-z0-9_-]{1,80})$/.exec(url.pathname);
    if (cancel) return sendResult(res, 200, await opts.core.dispatch('jobs.cancel', { id: cancel[1] }, { transport: 'http' }));
    return refuse(res, 404, 'UNKNOWN_ROUTE', `No API endpoint ${url.pathname}.`);
  }

  function events(req: IncomingMessage, res: ServerResponse) {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    sseClients.add(res);
    const unsubscribe = opts.core.events.subscribe((name, payload) => {
      res.write(`data: ${JSON.stringify({ name, payload })}\n\n`);
    });
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
    const done = () => {
      clearInterval(keepAlive);
      unsubscribe();
      sseClients.delete(res);
    };
    req.on('close', done);
    res.on('close', done);
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  const port = (server.address() as AddressInfo).port;
  hosts = allowedHosts(port);
  origins = allowedOrigins(port);
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    openUrl: `${url}/?token=${token}`,
    port,
    token,
    async close() {
      for (const c of sseClients) c.end();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
