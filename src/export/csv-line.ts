/**
 * One CSV line, RFC 4180: a field holding a comma, a double quote, CR or LF is wrapped in double
 * quotes with inner quotes doubled; lines end with CRLF (RFC 4180 §2; Excel and the project's own
 * reader, `src/read/csv-reader.ts`, both take it). Line breaks inside a quoted field are kept as
 * they are.
 *
 * Spreadsheet formula injection: the text we export comes from scraped web pages, and a cell
 * beginning with `=`, `+`, `-`, `@` (or a tab or CR, which some spreadsheets skip before reading a
 * formula) would be run as a formula when the file is opened in a spreadsheet. Such cells get a
 * leading `'` (the OWASP advice). Plain numbers ("-149.9", "+3") are left alone: a spreadsheet reads
 * them as numbers, not formulas, and coordinates must survive. Pass `{ formulaGuard: false }` for
 * files meant only for programs.
 */

export type CsvCell = string | number | boolean | undefined | null;

export interface CsvLineOptions {
  /** Prefix `'` to text cells a spreadsheet would read as a formula; default true. */
  readonly formulaGuard?: boolean;
}

/** Line terminator of every line `csvLine` returns. */
export const CSV_EOL = '\r\n';

const NEEDS_QUOTES = /[",\r\n]/u;
const FORMULA_START = /^[=+\-@\t\r]/u;
const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/u;

/**
 * The cells as one CSV line, CRLF included. `undefined` and `null` are empty cells.
 * Example: `csvLine(['a,b', 'say "hi"', 3])` → `'"a,b","say ""hi""",3\r\n'`.
 */
export function csvLine(values: readonly CsvCell[], options: CsvLineOptions = {}): string {
  const guard = options.formulaGuard ?? true;
  return values.map((v) => csvField(v, guard)).join(',') + CSV_EOL;
}

function csvField(value: CsvCell, guard: boolean): string {
  if (value === undefined || value === null) return '';
  let text = String(value);
  if (guard && typeof value === 'string' && FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) {
    text = `'${text}`;
  }
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
