// Child process for the crash test: writes history in transactions of 5 rows and prints "ack <batch>" after each
// commit returns. The parent SIGKILLs it at random moments and checks every acknowledged batch survived whole.
import { openDatabase } from '../storage/database.ts';
import { HistoryRepo } from '../storage/history-repo.ts';

const [dbPath, startBatch] = process.argv.slice(2);
if (!dbPath) throw new Error('usage: crash-writer.ts DB_PATH START_BATCH');
const opened = await openDatabase(dbPath);
process.stdout.write('ready\n');
for (let batch = Number(startBatch ?? 0); ; batch++) {
  await opened.db.transaction().execute(async (trx) => {
    const repo = new HistoryRepo(trx);
    for (let i = 0; i < 5; i++) {
      await repo.add({
        input: `batch ${batch} row ${i} ${'lorem ipsum '.repeat(20)}`,
        output: `out ${batch}`,
        intent: 'open_qa',
        confidence: 0.5,
        complexity: 'simple',
        techniques: [{ id: 'role', reason: `batch ${batch}` }],
        timings: { total: i },
        modelVersion: `batch-${batch}`,
        targetModel: null,
        source: 'api',
        quality: null,
      });
    }
  });
  process.stdout.write(`ack ${batch}\n`);
}
