// Every route rejects malformed input with a VALIDATION error and no side effect, at every door: direct dispatch,
// Electron IPC (through the real router with an injected ipcMain), and HTTP (the real server on 127.0.0.1).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { routes, ROUTE_NAMES, type RouteName, type Result } from '../src/shared/index.ts';
import { createCore, type Core } from '../src/core/app-core.ts';
import { tempDir } from '../src/core/testing/temp-dir.ts';
import { ROUTE_EXAMPLES } from '../src/core/testing/route-examples.ts';
import { snapshotTables } from '../src/core/testing/db-snapshot.ts';
import { registerIpcRouter, type IpcMainLike, type IpcSenderLike } from '../src/main/ipc-router.ts';
import { IPC_CHANNELS } from '../src/shared/bridge.ts';
import { startServer, type RunningServer } from '../src/server/http-server.ts';

type Door = (route: string, input: unknown) => Promise<Result<unknown>>;

/** Values that are wrong for a field whatever its type (at least one of them is, for any schema). */
const wrongValue = fc.oneof(
  fc.constant(null),
  fc.constant('\u0000binary\uFFFF'),
  fc.integer({ min: -1_000_000, max: -1 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.array(fc.anything(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
  fc.string({ minLength: 0, maxLength: 30 }),
);

/** Malformed inputs for a route: arbitrary JSON, the example with one field replaced or an unknown field added. */
function malformed(route: RouteName) {
  const schema = routes[route].input;
  const example = (ROUTE_EXAMPLES[route] ?? {}) as Record<string, unknown>;
  const keys = Object.keys(example);
  const mutations = [
    fc.jsonValue(),
    fc.anything(),
    fc.record({ unexpected_field: fc.anything() }).map((extra) => ({ ...example, ...extra })),
    ...(keys.length ? [fc.tuple(fc.constantFrom(...keys), wrongValue).map(([k, v]) => ({ ...example, [k]: v }))] : []),
  ];
  return fc.oneof(...mutations).filter((v) => !schema.safeParse(v === undefined ? {} : v).success);
}

describe('the contract', () => {
  let dir: ReturnType<typeof tempDir>;
  let core: Core;
  let server: RunningServer;
  const ipcHandlers = new Map<string, (event: IpcSenderLike, ...args: unknown[]) => Promise<unknown>>();
  let disposeIpc: () => void;

  beforeAll(async () => {
    dir = tempDir();
    core = await createCore({ dataDir: dir.path, mode: 'test' });
    // Rows that the routes' example ids point at, so a side effect would be visible in the snapshot.
    const lib = await core.library.create({ title: 'Seed', body: 'Seed body', notes: '', tags: ['work'] });
    await core.history.add({ input: 'seed', output: 'seed out', intent: 'open_qa', confidence: 0.5, complexity: 'simple', techniques: [], timings: {}, modelVersion: 'rules@1', targetModel: null, source: 'api', quality: null });
    expect(lib.id).toBe(1);
    const ipcMain: IpcMainLike = {
      handle: (channel, listener) => void ipcHandlers.set(channel, listener),
      removeHandler: (channel) => void ipcHandlers.delete(channel),
    };
    disposeIpc = registerIpcRouter({ ipcMain, dispatch: core.dispatch, events: core.events, isTrustedUrl: (u) => u.startsWith('file:///app/'), targets: () => [] });
    server = await startServer({ core });
  });
  afterAll(async () => {
    disposeIpc();
    await server.close();
    await core.dispose();
    dir.remove();
  });

  const direct: Door = (route, input) => core.dispatch(route, input);
  const ipc: Door = async (route, input) => {
    const handler = ipcHandlers.get(IPC_CHANNELS.invoke)!;
    return (await handler({ senderFrame: { url: 'file:///app/index.html', parent: null } }, route, input)) as Result<unknown>;
  };
  const http: Door = async (route, input) => {
    const res = await fetch(`${server.url}/api/invoke/${route}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
      body: JSON.stringify(input === undefined ? null : input),
    });
    return (await res.json()) as Result<unknown>;
  };

  it('has a valid example for every route (so new routes are covered here)', () => {
    for (const name of ROUTE_NAMES) {
      expect(ROUTE_EXAMPLES[name], `example for ${name}`).toBeDefined();
      expect(routes[name].input.safeParse(ROUTE_EXAMPLES[name]).success, `example for ${name} is valid`).toBe(true);
    }
  });

  for (const [doorName, door, runs] of [['direct', () => direct, 40], ['ipc', () => ipc, 25], ['http', () => http, 15]] as const) {
    it(`rejects malformed input on every route with VALIDATION and no side effect (${doorName})`, async () => {
      for (const route of ROUTE_NAMES) {
        const before = snapshotTables(core.database.sqlite);
        await fc.assert(
          fc.asyncProperty(malformed(route), async (input) => {
            // JSON cannot carry undefined/functions/NaN faithfully: HTTP sees what JSON.stringify makes of it.
            const sent = doorName === 'http' ? JSON.parse(JSON.stringify(input ?? null) ?? 'null') : input;
            if (doorName === 'http' && routes[route].input.safeParse(sent ?? {}).success) return;
            const result = await door()(route, sent);
            expect(result.ok, `${route} accepted ${JSON.stringify(sent)?.slice(0, 200)}`).toBe(false);
            if (!result.ok) expect(result.error.code).toBe('VALIDATION');
          }),
          { numRuns: runs, seed: 20261121 },
        );
        expect(snapshotTables(core.database.sqlite), `side effect from ${route}`).toBe(before);
      }
    });
  }

  it('rejects unknown routes at every door', async () => {
    for (const door of [direct, ipc, http]) {
      expect(await door('history.dropTable', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ROUTE' } });
    }
    expect(await direct('__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ROUTE' } });
  });

  it('accepts the valid examples (the doors are not simply refusing everything)', async () => {
    expect(await http('library.get', { id: 1 })).toMatchObject({ ok: true, data: { title: 'Seed', tags: ['work'] } });
    expect(await ipc('history.get', { id: 1 })).toMatchObject({ ok: true, data: { input: 'seed' } });
    expect(await direct('history.get', { id: 99 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('IPC refuses untrusted senders: other origins, sub-frames, missing frames', async () => {
    const handler = ipcHandlers.get(IPC_CHANNELS.invoke)!;
    for (const event of [
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      { senderFrame: { url: 'file:///app/index.html', parent: {} } },
      { senderFrame: null },
      {},
    ]) {
      expect(await handler(event, 'library.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    const cancel = ipcHandlers.get(IPC_CHANNELS.cancel)!;
    expect(await cancel({ senderFrame: { url: 'https://evil.example/' } }, 'abcdefgh')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
