import { createIntentClassifier, defaultModelDir, assertPromptText } from '../inference/index.ts';
import type { Classification } from '../shared/index.ts';
import { mapJsonlInOrder, textFromArgOrStdin } from './jsonl.ts';

export interface ClassifyOptions {
  json?: boolean;
  jsonl?: string;
}

const brief = (c: Classification) => ({
  intent: c.intent,
  confidence: Number(c.confidence.toFixed(4)),
  complexity: c.complexity,
  ms: Number(c.ms.toFixed(3)),
});

/** `betterprompts classify`: one text, or a JSONL batch (concurrent requests share model batches). */
export async function classifyCommand(text: string | undefined, opts: ClassifyOptions): Promise<number> {
  const classifier = await createIntentClassifier({ modelDir: defaultModelDir() });
  try {
    const info = classifier.info();
    if (info.source === 'rules') process.stderr.write(`note: using the rules fallback (${info.errors[0] ?? 'model unavailable'})\n`);
    if (opts.jsonl) {
      const failed = await mapJsonlInOrder(
        opts.jsonl,
        async (t) => ({ ok: true, out: brief(await classifier.predict(t)) }),
        (line) => process.stdout.write(`${line}\n`),
      );
      return failed ? 1 : 0;
    }
    const input = await textFromArgOrStdin(text);
    if (input === undefined) {
      process.stderr.write('betterprompts classify: give the prompt as an argument, pipe it on stdin, or use --jsonl FILE.\n');
      return 1;
    }
    assertPromptText(input);
    const c = await classifier.predict(input);
    if (opts.json) process.stdout.write(`${JSON.stringify({ ...brief(c), complexityConfidence: Number(c.complexityConfidence.toFixed(4)), source: c.source, modelVersion: c.modelVersion, truncated: c.truncated })}\n`);
    else process.stdout.write(`${c.intent} (${(c.confidence * 100).toFixed(0)}%) · ${c.complexity} · ${c.ms.toFixed(1)} ms · ${c.modelVersion}\n`);
    return 0;
  } finally {
    await classifier.dispose();
  }
}
