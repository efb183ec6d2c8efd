/**
 * The `dateline` command line: argv in, exit code out. Commands are thin: they parse input, call
 * the library and print. Only bin.ts calls process.exit.
 */
import { Command, CommanderError } from 'commander';
import { DatelineError } from '../document/errors.js';
import { READER_FORMATS } from '../read/pick-reader.js';
import { runActors } from './actors-command.js';
import type { ActorsOptions } from './actors-command.js';
import { runExtract } from './extract-command.js';
import type { ExtractOptions } from './extract-command.js';
import type { CliIo } from './io.js';
import { EXIT } from './io.js';

/** Runs `dateline` with `argv` (without the node and script names); resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command('dateline')
    .description('Who said what, who met whom, where and when — from news-wire articles.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError('(run dateline --help for usage)');

  program
    .command('extract')
    .description('analyse articles and print one Document JSON per line (or a summary with --pretty)')
    .argument(
      '[files...]',
      `input files (${READER_FORMATS.join(', ')} by extension); - for standard input; http(s) URLs of feeds or pages`,
    )
    .option('--pretty', 'print a human-readable summary instead of JSON')
    .option('--jsonl', 'batch mode: read JSONL ({"id", "text", …} per line) from FILE or standard input')
    .option('--date <YYYY-MM-DD>', 'publication date to assume when the article gives none')
    .option('--format <format>', `read inputs as this format: ${READER_FORMATS.join(', ')}`)
    .option('--max-bytes <n>', 'largest article accepted, in bytes (default 16 MiB)')
    .option('--fetch-articles', 'with a feed URL: read each item from its linked page, not the feed summary')
    .option(
      '--watch <seconds>',
      'with a feed URL: poll it every <seconds> and print only new items (Ctrl-C stops)',
    )
    .option('--max-polls <n>', 'with --watch: stop after <n> polls')
    .option('--timeout <seconds>', 'with URLs: give up on a request after <seconds> (default 15)')
    .option('--concurrency <n>', 'with URLs: requests in flight at once (default 4)')
    .action(async (files: string[], options: ExtractOptions) => {
      code = await runExtract(files, options, io);
    });

  program
    .command('actors')
    .description(
      'list the actor base: codes, titles, countries and date ranges (all, or those matching NAME)',
    )
    .argument('[name...]', 'an actor name or surname, e.g. Vladimir Putin')
    .option('--date <YYYY-MM-DD>', 'only the roles valid at this date')
    .option('--dict <files...>', 'extra dictionaries: PETRARCH actors/agents format, .json or .csv')
    .option('--json', 'print {"total", "records"} as JSON instead of a table')
    .option('--limit <n>', 'at most N rows (default 100; 0 for all)')
    .action((name: string[], options: ActorsOptions) => {
      code = runActors(name, options, io);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    return reportError(error, io);
  }
}

function reportError(error: unknown, io: CliIo): number {
  if (error instanceof CommanderError) {
    // Help and version output are not failures.
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof DatelineError) {
    io.stderr.write(`dateline: ${error.message}\n`);
    return error.code === 'E_USAGE' ? EXIT.usage : EXIT.someFailed;
  }
  io.stderr.write(
    `dateline: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  return EXIT.someFailed;
}
