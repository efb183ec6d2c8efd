/**
 * The `dateline` command line: argv in, exit code out. Commands are thin: they parse input, call
 * the library and print. Only bin.ts calls process.exit.
 */
import { Command, CommanderError } from 'commander';
import { DatelineError } from '../document/errors.js';
import { DEFAULT_DB } from '../store/open-store.js';
import type { ActorsOptions } from './actors-command.js';
import type { CodeOptions } from './code-command.js';
import type { EventsOptions, QueryOptions, QuotesOptions } from './corpus-commands.js';
import type { ExportOptions } from './export-command.js';
import type { ExtractOptions } from './extract-command.js';
import type { IngestCommandOptions } from './ingest-command.js';
import type { ReaderFormat } from '../read/article.js';
import type * as CorpusCommandsModule from './corpus-commands.js';
import type { CliIo } from './io.js';
import type { ServeOptions } from './serve-command.js';

type CorpusCommands = typeof CorpusCommandsModule;
import { EXIT } from './io.js';

// Commands are loaded when run: a query should not pay for loading the analysis models.
const corpus = (): Promise<CorpusCommands> => import('./corpus-commands.js');

/** The reader formats (pick-reader.ts has the readers; loading them here would cost every command). */
const READER_FORMATS: readonly ReaderFormat[] = ['text', 'jsonl', 'csv', 'html', 'feed', 'warc'];

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
      code = await (await import('./extract-command.js')).runExtract(files, options, io);
    });

  program
    .command('ingest')
    .description('analyse files, directories or glob patterns into a database (idempotent, resumable)')
    .argument(
      '<paths...>',
      `inputs: files (${READER_FORMATS.join(', ')}), directories, globs like "pages/**/*.html"; - for standard input`,
    )
    .option('--db <file>', `the database (default ./${DEFAULT_DB})`)
    .option('--workers <n>', 'analysis threads (default: one per core; 0 analyses in the main thread)')
    .option('--batch <n>', 'articles per transaction (default 64)')
    .option('--date <YYYY-MM-DD>', 'publication date to assume when an article gives none')
    .option('--format <format>', `read inputs as this format: ${READER_FORMATS.join(', ')}`)
    .option('--quiet', 'no progress output')
    .action(async (paths: string[], options: IngestCommandOptions) => {
      code = await (await import('./ingest-command.js')).runIngest(paths, options, io);
    });

  const query = (name: string, description: string): Command =>
    program
      .command(name)
      .description(description)
      .option('--db <file>', `the database (default ./${DEFAULT_DB})`)
      .option('--json', 'print the page as JSON: {"total", "offset", "rows"}')
      .option('--limit <n>', 'rows per page (default 20, at most 1000)')
      .option('--offset <n>', 'skip this many rows (paging)')
      .option('--copies', 'include syndicated copies (counted once by default)');

  query('search', 'search article text (all words must occur)')
    .argument('<words...>', 'words to find')
    .action(async (words: string[], options: QueryOptions) => {
      code = await (await corpus()).runSearch(words, options, io);
    });

  query('quotes', 'quotes by speaker, words and date')
    .option('--speaker <name>', 'a name ("Putin", "Vladimir Putin") or an actor id')
    .option('--text <words>', 'words the quote must contain')
    .option('--since <YYYY-MM-DD>', 'from this day')
    .option('--until <YYYY-MM-DD>', 'up to this day')
    .action(async (options: QuotesOptions) => {
      code = await (await corpus()).runQuotes(options, io);
    });

  query('events', 'events by actor, type, status, place and date')
    .option('--actor <name|code>', 'a name, an actor id, or a code (RUS matches RUSGOV, RUSMIL…)')
    .option('--type <type>', 'PLOVER type: CONSULT, AGREE, ACCUSE, … (or STATEMENT, CEREMONY)')
    .option('--status <status>', 'asserted, negated, planned, hypothetical or reported')
    .option('--place <place>', 'a place name or ISO alpha-3 country')
    .option('--since <YYYY-MM-DD>', 'from this day')
    .option('--until <YYYY-MM-DD>', 'up to this day')
    .action(async (options: EventsOptions) => {
      code = await (await corpus()).runEvents(options, io);
    });

  query('show', 'one stored document with its quotes and events')
    .argument('<id>', 'document id')
    .action(async (id: string, options: QueryOptions) => {
      code = await (await corpus()).runShow(id, options, io);
    });

  query('stories', 'story clusters: articles about the same real-world event').action(
    async (options: QueryOptions) => {
      code = await (await corpus()).runStories(options, io);
    },
  );

  query('duplicates', 'syndicated copies grouped under their original').action(
    async (options: QueryOptions) => {
      code = await (await corpus()).runDuplicates(options, io);
    },
  );

  program
    .command('export')
    .description('stream the corpus out as JSONL, CSV, PLOVER JSON or GDELT-style TSV')
    .option('--db <file>', `the database (default ./${DEFAULT_DB})`)
    .option('--format <format>', 'jsonl, csv, plover or gdelt (default jsonl)')
    .option('--what <what>', 'documents, quotes or events (plover and gdelt: events)')
    .option(
      '--status <list>',
      'event statuses to export, comma-separated, or all (plover/gdelt default: asserted)',
    )
    .option('--copies', 'include syndicated copies')
    .action(async (options: ExportOptions) => {
      code = await (await import('./export-command.js')).runExport(options, io);
    });

  const serving = (name: string, description: string, db: string): Command =>
    program
      .command(name)
      .description(description)
      .option('--db <file>', `the database (default ./${db})`)
      .option('--host <host>', 'address to listen on (default 127.0.0.1: this machine only)')
      .option('--port <n>', 'port (default 8080; 0 picks a free one)')
      .option('--web <dir>', 'the built explorer to serve (default web/dist)');

  serving('serve', 'serve the HTTP API and the web explorer over a database', DEFAULT_DB).action(
    async (options: ServeOptions) => {
      code = await (await import('./serve-command.js')).runServe(options, io);
    },
  );

  serving(
    'demo',
    'build a demo database from the bundled seed article (and the politics sample), then serve it',
    'dateline-demo.db',
  ).action(async (options: ServeOptions) => {
    code = await (await import('./serve-command.js')).runDemo(options, io);
  });

  program
    .command('code')
    .description(
      'code events PETRARCH-style with your own dictionaries: SOURCE TARGET CAMEO per verb, with its span',
    )
    .argument('[files...]', 'articles to code (text, HTML, JSONL, CSV, feeds, WARC; - for standard input)')
    .option('--verbs <file>', 'PETRARCH verb dictionary (required), e.g. CAMEO.2.0.txt')
    .option('--actors <files...>', 'PETRARCH actor dictionaries')
    .option('--agents <files...>', 'PETRARCH agent dictionaries')
    .option('--discards <file>', 'PETRARCH discard dictionary')
    .option('--ontology <file>', "PETRARCH internal coding ontology (negates 'did not …' events)")
    .option('--fill-actors', 'give names your dictionaries lack the actor codes dateline found (USAGOV, …)')
    .option('--no-require-dyad', 'also print events with only a source or only a target')
    .option('--date <YYYY-MM-DD>', 'article date to assume for dated actor codes when an article gives none')
    .option('--format <format>', `read inputs as this format: ${READER_FORMATS.join(', ')}`)
    .option('--json', 'one JSON record per event instead of tab-separated lines')
    .option('--all-problems', 'list every dictionary problem, not the first ten')
    .action(async (files: string[], options: CodeOptions) => {
      code = await (await import('./code-command.js')).runCode(files, options, io);
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
    .option('--offset <n>', 'with --db: skip this many rows')
    .option('--db <file>', "the corpus's actors instead: roles over time, counterparts, places")
    .action(async (name: string[], options: ActorsOptions & QueryOptions) => {
      code =
        options.db === undefined
          ? (await import('./actors-command.js')).runActors(name, options, io)
          : await (await corpus()).runCorpusActors(name, options, io);
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
