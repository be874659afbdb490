// The Electron build runs inference in out/main/session-worker.js (an entry of electron.vite.config.ts). Load the
// built worker exactly as the desktop app does, so a bundling change that breaks it fails here, not for users.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createIntentClassifier, defaultModelDir } from '../src/inference/index.ts';
import { ROOT } from './support.ts';

const WORKER = join(ROOT, 'out', 'main', 'session-worker.js');

describe('bundled inference worker', () => {
  it('is emitted by the build and classifies off the main thread', async () => {
    expect(existsSync(WORKER), `${WORKER} (run npm run build)`).toBe(true);
    const classifier = await createIntentClassifier({ modelDir: defaultModelDir(), workerPath: WORKER });
    try {
      const info = classifier.info();
      expect(info.errors).toEqual([]);
      expect(info).toMatchObject({ source: 'model', runner: 'worker' });
      const c = await classifier.predict('Write a SQL query that returns the ten most recent orders per customer.');
      expect(c).toMatchObject({ source: 'model', intent: 'code' });
    } finally {
      await classifier.dispose();
    }
  });
});
