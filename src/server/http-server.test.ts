import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'node:http';
import { createCore, type Core } from '../core/app-core.ts';
import { tempDir } from '../core/testing/temp-dir.ts';
import { snapshotTables } from '../core/testing/db-snapshot.ts';
import { startServer, type RunningServer } from './http-server.ts';
import { resolveStaticPath } from './static-files.ts';

/** Raw HTTP so tests can send any Host/Origin header (fetch forbids setting Host). */
function raw(port: number, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

describe('web-mode HTTP server', () => {
  let dir: ReturnType<typeof tempDir>;
  let core: Core;
  let server: RunningServer;
  let host: string;
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    raw(server.port, {
      method: 'POST',
      path,
      headers: { Host: host, 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}`, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  beforeAll(async () => {
    dir = tempDir();
    const staticDir = join(dir.path, 'static');
    mkdirSync(join(staticDir, 'assets'), { recursive: true });
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>BP</title>');
    writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(dir.path, 'secret.txt'), 'do not serve');
    core = await createCore({ dataDir: join(dir.path, 'data'), mode: 'test' });
    server = await startServer({ core, staticDir });
    host = `127.0.0.1:${server.port}`;
  });
  afterAll(async () => {
    await server.close();
    await core.dispose();
    dir.remove();
  });

  it('listens on 127.0.0.1 only, with a long random token', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses requests without the token or with a wrong one', async () => {
    const none = await raw(server.port, { method: 'POST', path: '/api/invoke/app.info', headers: { Host: host, 'Content-Type': 'application/json' }, body: '{}' });
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const wrong = await post('/api/invoke/app.info', {}, { Authorization: `Bearer ${server.token.slice(1)}x` });
    expect(wrong.status).toBe(401);
    expect((await raw(server.port, { path: '/', headers: { Host: host } })).status).toBe(401);
    expect((await raw(server.port, { path: '/api/events', headers: { Host: host } })).status).toBe(401);
  });

  it('refuses a foreign Origin and a foreign Host (DNS rebinding), even with the token', async () => {
    const origin = await post('/api/invoke/library.create', { title: 't', body: 'b' }, { Origin: 'https://evil.example' });
    expect(origin.status).toBe(403);
    const nullOrigin = await post('/api/invoke/app.info', {}, { Origin: 'null' });
    expect(nullOrigin.status).toBe(403);
    const rebind = await post('/api/invoke/app.info', {}, { Host: `evil.example:${server.port}` });
    expect(rebind.status).toBe(403);
    expect((await core.library.list({ limit: 10, offset: 0 })).total).toBe(0);
    const ok = await post('/api/invoke/app.info', {}, { Origin: `http://localhost:${server.port}`, Host: `localhost:${server.port}` });
    expect(ok.status).toBe(200);
  });

  it('rejects malformed JSON, wrong content types and oversized bodies with clear errors and no side effect', async () => {
    const before = snapshotTables(core.database.sqlite);
    const bad = await post('/api/invoke/library.create', '{"title": "x", ');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('not valid JSON') });
    const binary = await post('/api/invoke/library.create', Buffer.from([0xff, 0xfe, 0x00, 0x01]).toString('latin1'));
    expect(binary.status).toBe(400);
    const form = await post('/api/invoke/library.create', 'title=x&body=y', { 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
    const huge = await post('/api/invoke/library.create', { title: 'x', body: 'y'.repeat(9 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body).error.code).toBe('TOO_LARGE');
    const get = await raw(server.port, { path: '/api/invoke/app.info', headers: { Host: host, Authorization: `Bearer ${server.token}` } });
    expect(get.status).toBe(405);
    expect(snapshotTables(core.database.sqlite)).toBe(before);
  });

  it('trades the token in the URL for an HttpOnly SameSite=Strict cookie, then serves the app with a CSP', async () => {
    const first = await raw(server.port, { path: `/?token=${server.token}`, headers: { Host: host } });
    expect(first.status).toBe(302);
    expect(first.headers.location).toBe('/');
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const page = await raw(server.port, { path: '/', headers: { Host: host, Cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>BP</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-frame-options']).toBe('DENY');
  });

  it('never serves files outside the renderer folder', async () => {
    const auth = { Host: host, Authorization: `Bearer ${server.token}` };
    for (const path of ['/../secret.txt', '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets%5c..%5c..%5csecret.txt', '/%00index.html']) {
      const res = await raw(server.port, { path, headers: auth });
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('do not serve');
    }
    expect((await raw(server.port, { path: '/assets/app.js', headers: auth })).status).toBe(200);
    expect(resolveStaticPath(join(dir.path, 'static'), '/../secret.txt')).toBeNull();
  });

  it('streams job events over server-sent events', async () => {
    const controller = new AbortController();
    const res = await fetch(`${server.url}/api/events`, { headers: { Authorization: `Bearer ${server.token}` }, signal: controller.signal });
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const reader = res.body!.getReader();
    const started = await post('/api/invoke/data.backup', {});
    const { jobId } = JSON.parse(started.body).data as { jobId: string };
    let text = '';
    const decoder = new TextDecoder();
    while (!text.includes('"job.finished"')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value);
    }
    controller.abort();
    expect(text).toContain(jobId);
    expect(text).toMatch(/data: \{"name":"job.finished","payload":\{[^\n]*"state":"succeeded"/);
  });
});
