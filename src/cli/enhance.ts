import { createCore } from '../core/app-core.ts';
import { resolveDataDir } from '../core/data-dir.ts';
import type { EnhanceRunOutput, RouteInput } from '../shared/index.ts';
import { mapJsonlInOrder, textFromArgOrStdin } from './jsonl.ts';

export interface EnhanceCliOptions {
  json?: boolean;
  jsonl?: string;
  dataDir?: string;
  target?: RouteInput<'enhance.run'>['targetModel'];
  prefer?: string[];
  exclude?: string[];
  max?: number;
  verbosity?: RouteInput<'enhance.run'>['verbosity'];
}

const brief = (r: EnhanceRunOutput) => ({
  original: r.original,
  enhanced: r.enhanced,
  intent: r.intent,
  confidence: Number(r.confidence.toFixed(4)),
  complexity: r.complexity,
  techniques: r.techniques.map((t) => ({ id: t.id, reason: t.reason })),
  ms: Number(r.ms.toFixed(3)),
});

/** `betterprompts enhance`: rewrites through the same core route as the app, so each result is saved to history. */
export async function enhanceCommand(text: string | undefined, opts: EnhanceCliOptions): Promise<number> {
  const core = await createCore({ dataDir: resolveDataDir(opts.dataDir), mode: 'cli' });
  const options = {
    ...(opts.target ? { targetModel: opts.target } : {}),
    ...(opts.prefer?.length ? { preferredTechniques: opts.prefer } : {}),
    ...(opts.exclude?.length ? { excludedTechniques: opts.exclude } : {}),
    ...(opts.max !== undefined ? { maxTechniques: opts.max } : {}),
    ...(opts.verbosity ? { verbosity: opts.verbosity } : {}),
  };
  // Wait for the model here, so each result's `ms` is the enhancement itself and not the one-time model load.
  await core.classifier;
  const run = async (input: string) => core.dispatch('enhance.run', { text: input, source: 'cli', ...options }, { transport: 'cli' });
  try {
    if (opts.jsonl) {
      // Up to 64 prompts in flight, so the model classifies them in shared batches; output stays in input order.
      const failed = await mapJsonlInOrder(
        opts.jsonl,
        async (t) => {
          const res = await run(t);
          return res.ok ? { ok: true, out: brief(res.data as EnhanceRunOutput) } : { ok: false, error: res.error.message };
        },
        (line) => process.stdout.write(`${line}\n`),
      );
      return failed ? 1 : 0;
    }
    const input = await textFromArgOrStdin(text);
    if (input === undefined) {
      process.stderr.write('betterprompts enhance: give the prompt as an argument, pipe it on stdin, or use --jsonl FILE.\n');
      return 1;
    }
    const res = await run(input);
    if (!res.ok) {
      process.stderr.write(`betterprompts enhance: ${res.error.message}\n`);
      return 1;
    }
    const r = res.data as EnhanceRunOutput;
    if (opts.json) {
      process.stdout.write(`${JSON.stringify(brief(r))}\n`);
    } else {
      process.stdout.write(`${r.enhanced}\n`);
      process.stderr.write(`\n${r.intent} (${(r.confidence * 100).toFixed(0)}%) · ${r.complexity} · ${r.ms.toFixed(1)} ms\n`);
      for (const t of r.techniques) process.stderr.write(`  + ${t.name}: ${t.reason}\n`);
      for (const n of r.notes) process.stderr.write(`  note: ${n}\n`);
    }
    return 0;
  } finally {
    await core.dispose();
  }
}
