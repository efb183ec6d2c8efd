/**
 * The `dateline` command line: argv in, exit code out. Commands are thin: they parse input, call
 * the library and print. Only bin.ts calls process.exit.
 */
import { Command, CommanderError } from 'commander';
import { DatelineError } from '../document/errors.js';
import { READER_FORMATS } from '../read/pick-reader.js';
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
    .argument('[files...]', `input files (${READER_FORMATS.join(', ')} by extension); - for standard input`)
    .option('--pretty', 'print a human-readable summary instead of JSON')
    .option('--jsonl', 'batch mode: read JSONL ({"id", "text", …} per line) from FILE or standard input')
    .option('--date <YYYY-MM-DD>', 'publication date to assume when the article gives none')
    .option('--format <format>', `read inputs as this format: ${READER_FORMATS.join(', ')}`)
    .option('--max-bytes <n>', 'largest article accepted, in bytes (default 16 MiB)')
    .action(async (files: string[], options: ExtractOptions) => {
      code = await runExtract(files, options, io);
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
