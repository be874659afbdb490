// The `betterprompts` command (DESIGN.md §6). commander gives us help, option parsing and errors for free.
import { Command, InvalidArgumentError } from 'commander';
import { appVersion } from '../core/app-core.ts';
import { serve } from './serve.ts';

const parsePort = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('must be an integer from 0 to 65535');
  return n;
};

/** Exit code for "this feature is not available": distinct from 1 (error) so scripts can tell them apart. */
export const EXIT_UNAVAILABLE = 3;

export function buildProgram(): Command {
  const program = new Command('betterprompts')
    .description('Make prompts for large language models better: classify, enhance, and serve the app in web mode.')
    .version(appVersion())
    .showHelpAfterError();

  const dataDir = ['--data-dir <dir>', 'data folder (default: $BETTERPROMPTS_DATA_DIR or the OS app-data folder)'] as const;

  program
    .command('classify')
    .description('Name the task type and complexity of a prompt')
    .argument('[text]', 'the prompt text')
    .option('--json', 'print one JSON object')
    .option('--jsonl <file>', 'read lines {"id","text"} and write one JSON line per input')
    .option(...dataDir)
    .action(() => {
      process.stderr.write('betterprompts classify: not available yet: the on-device intent model has not landed in this build.\n');
      process.exitCode = EXIT_UNAVAILABLE;
    });

  program
    .command('enhance')
    .description('Rewrite a prompt with the prompt-engineering techniques that fit it')
    .argument('[text]', 'the prompt text')
    .option('--json', 'print one JSON object')
    .option('--jsonl <file>', 'read lines {"id","text"} and write one JSON line per input')
    .option(...dataDir)
    .action(() => {
      process.stderr.write('betterprompts enhance: not available yet: the technique engine has not landed in this build.\n');
      process.exitCode = EXIT_UNAVAILABLE;
    });

  program
    .command('serve')
    .description('Serve the app and its API on 127.0.0.1 (web mode); prints the URL with an access token')
    .option('--port <n>', 'port (0 picks a free one)', parsePort, 0)
    .option(...dataDir)
    .action(async (o: { port: number; dataDir?: string }) => {
      await serve({ port: o.port, dataDir: o.dataDir });
    });

  return program;
}

export async function main(argv: string[]): Promise<void> {
  await buildProgram().parseAsync(argv);
}
