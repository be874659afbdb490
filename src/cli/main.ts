// The `betterprompts` command (DESIGN.md §6). commander gives us help, option parsing and errors for free.
import { Command, InvalidArgumentError, Option } from 'commander';
import { TARGET_MODELS } from '../shared/task-types.ts';
import { classifyCommand, type ClassifyOptions } from './classify.ts';
import { enhanceCommand, type EnhanceCliOptions } from './enhance.ts';
import { appVersion } from '../core/app-core.ts';
import { serve } from './serve.ts';

const parsePort = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('must be an integer from 0 to 65535');
  return n;
};

const parseMax = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 10) throw new InvalidArgumentError('must be an integer from 1 to 10');
  return n;
};

export function buildProgram(): Command {
  const program = new Command('betterprompts')
    .description('Make prompts for large language models better: classify, enhance, and serve the app in web mode.')
    .version(appVersion())
    .showHelpAfterError();

  const dataDir = ['--data-dir <dir>', 'data folder (default: $BETTERPROMPTS_DATA_DIR or the OS app-data folder)'] as const;

  program
    .command('classify')
    .description('Name the task type and complexity of a prompt (on-device model)')
    .argument('[text]', 'the prompt text (or pipe it on stdin)')
    .option('--json', 'print one JSON object')
    .option('--jsonl <file>', 'read lines {"id","text"} ("-" for stdin) and write one JSON line per input')
    .option(...dataDir)
    .action(async (text: string | undefined, o: ClassifyOptions) => {
      process.exitCode = await classifyCommand(text, o);
    });

  program
    .command('enhance')
    .description('Rewrite a prompt with the prompt-engineering techniques that fit it (saved to history)')
    .argument('[text]', 'the prompt text (or pipe it on stdin)')
    .option('--json', 'print one JSON object')
    .option('--jsonl <file>', 'read lines {"id","text"} ("-" for stdin) and write one JSON line per input')
    .addOption(new Option('--target <model>', 'target model family').choices([...TARGET_MODELS]))
    .option('--prefer <ids...>', 'technique ids to prefer')
    .option('--exclude <ids...>', 'technique ids never to apply')
    .option('--max <n>', 'maximum number of techniques (1-10)', parseMax)
    .addOption(new Option('--verbosity <level>', 'how much guidance to add').choices(['concise', 'balanced', 'detailed']))
    .option(...dataDir)
    .action(async (text: string | undefined, o: EnhanceCliOptions) => {
      process.exitCode = await enhanceCommand(text, o);
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
