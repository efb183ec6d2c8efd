/**
 * Reads PETRARCH / UD-PETRARCH validation files: the `<Environment>` (dictionary files, included
 * categories), inline `<Config option value>` settings in file order, and each `<Sentence>` with
 * its expected `<EventCoding>`s, text and (unused here) parse. Read as text, as PETRARCH's own
 * validation scripts do, since the files are not always well-formed XML.
 */

/** One expected event; codes as the validation scripts read them (`~` → `---`). */
export interface ExpectedEvent {
  readonly source: string;
  readonly target: string;
  readonly code: string;
}

export interface ValidationRecord {
  readonly id: string;
  readonly category: string;
  /** PETRARCH date, YYYYMMDD. */
  readonly date: string;
  readonly text: string;
  /** `evaluate="false"` records are skipped by UD-PETRARCH's validation. */
  readonly evaluate: boolean;
  /** Expected events; empty for `noevents` and `error` (discard, bad input) codings. */
  readonly expected: readonly ExpectedEvent[];
  /** `noevents`, or the kind of `error="…"`; undefined for ordinary codings. */
  readonly none?: string;
  /** Whether the record carries a parse (CoNLL-U or Penn TreeBank); the coder does not use it. */
  readonly hasParse: boolean;
  /** `require_dyad` in force for this record (inline `<Config>`s apply from where they stand). */
  readonly requireDyad: boolean;
  /** Every inline `<Config>` option in force, as written. */
  readonly config: Readonly<Record<string, string>>;
}

export interface ValidationFile {
  readonly verbs?: string;
  readonly actors: readonly string[];
  readonly agents: readonly string[];
  readonly discards?: string;
  /** PETRARCH internal coding ontology (`<PICOfile>`), for negation. */
  readonly ontology?: string;
  readonly include: readonly string[];
  readonly records: readonly ValidationRecord[];
}

const ITEM = /<Config\b[^>]*>|<Sentence\b[^>]*>[\s\S]*?<\/Sentence>|^<Stop\b/gmu;

/** Reads a validation file's text. */
export function readValidationFile(text: string): ValidationFile {
  const body = text.replace(/<!--[\s\S]*?-->/gu, '');
  const environment = /<Environment>([\s\S]*?)<\/Environment>/u.exec(body)?.[1] ?? '';
  const tag = (name: string): string | undefined =>
    new RegExp(`<${name}>([^<]*)</${name}>`, 'u').exec(environment)?.[1]?.trim();
  const list = (name: string): string[] =>
    (tag(name) ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  const config: Record<string, string> = {};
  const records: ValidationRecord[] = [];
  for (const match of body.matchAll(ITEM)) {
    const item = match[0];
    if (item.startsWith('<Stop')) break;
    if (item.startsWith('<Config')) {
      const attrs = attributes(item);
      if (attrs['option'] !== undefined && attrs['value'] !== undefined)
        config[attrs['option']] = attrs['value'];
      continue;
    }
    const record = readSentence(item, config);
    if (record) records.push(record);
  }
  const verbs = tag('Verbfile');
  const discards = tag('Discardfile');
  const ontology = tag('PICOfile');
  return {
    ...(ontology === undefined ? {} : { ontology }),
    ...(verbs === undefined ? {} : { verbs }),
    actors: list('Actorfile'),
    agents: list('Agentfile'),
    ...(discards === undefined ? {} : { discards }),
    include: (tag('Include') ?? '').split(/\s+/u).filter((c) => c !== '' && c !== 'valid'),
    records,
  };
}

function readSentence(item: string, config: Readonly<Record<string, string>>): ValidationRecord | undefined {
  const attrs = attributes(/^<Sentence\b[^>]*>/u.exec(item)?.[0] ?? '');
  const text = /<Text>([\s\S]*?)<\/Text>/u.exec(item)?.[1];
  if (text === undefined) return undefined;
  const codings = [...item.matchAll(/<EventCoding\b[^>]*>/gu)].map((m) => attributes(m[0]));
  const expected: ExpectedEvent[] = [];
  let none: string | undefined;
  for (const c of codings) {
    if (c['noevents'] !== undefined) none = 'noevents';
    else if (c['error'] !== undefined) none = c['error'];
    else
      expected.push({
        source: nullCode(c['sourcecode']),
        target: nullCode(c['targetcode']),
        code: c['eventcode'] ?? '',
      });
  }
  const requireDyad = (config['require_dyad'] ?? 'true').toLowerCase() !== 'false';
  return {
    id: attrs['id'] ?? '?',
    category: attrs['category'] ?? '',
    date: attrs['date'] ?? '',
    text: decodeEntities(text).replace(/\s+/gu, ' ').trim(),
    evaluate: (attrs['evaluate'] ?? 'true').toLowerCase() !== 'false',
    expected: codings.length === 0 ? [] : expected,
    ...(none === undefined || expected.length > 0 ? {} : { none }),
    hasParse: item.includes('<Parse>'),
    requireDyad,
    config: { ...config },
  };
}

// The validation scripts turn a lone agent ("~") into the null actor.
function nullCode(code: string | undefined): string {
  return (code ?? '---').replace('~', '---');
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu)) {
    out[m[1] ?? ''] = decodeEntities(m[2] ?? m[3] ?? '');
  }
  return out;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&apos;/gu, "'")
    .replace(/&amp;/gu, '&');
}
