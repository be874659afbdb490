import { existsSync } from 'node:fs';
import { createCore } from '../core/app-core.ts';
import { resolveDataDir } from '../core/data-dir.ts';
import { startServer } from '../server/http-server.ts';
import { RENDERER_DIR } from './paths.ts';

export interface ServeOptions {
  port: number;
  dataDir?: string | undefined;
  /** Printed before the URL line, e.g. why the desktop window did not open. */
  out?: (line: string) => void;
}

/** Runs web mode until SIGINT/SIGTERM. Prints exactly one line with the URL (plus warnings on stderr). */
export async function serve(opts: ServeOptions): Promise<void> {
  const out = opts.out ?? ((l: string) => process.stdout.write(`${l}\n`));
  const core = await createCore({ dataDir: resolveDataDir(opts.dataDir), mode: 'web' });
  if (!existsSync(RENDERER_DIR)) process.stderr.write('warning: the renderer is not built (run `npm run build`); only the API is served.\n');
  const server = await startServer({ core, port: opts.port, staticDir: existsSync(RENDERER_DIR) ? RENDERER_DIR : undefined });
  out(`BetterPrompts web mode: ${server.openUrl}`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await core.dispose();
}
