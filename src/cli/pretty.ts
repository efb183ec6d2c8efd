/** A human-readable summary of a Document, for `dateline extract --pretty`. */
import type { Document, EntityType, Quote } from '../document/document.js';
import { quoteWords } from '../document/quote-words.js';
import { formatDateAtPrecision } from '../time/calendar-date.js';

const WIDTH = 100;

/** Metadata, wire furniture, sentences and messages of `doc`, as lines of text. */
export function prettyDocument(doc: Document): string {
  const lines: string[] = [];
  const m = doc.meta;
  lines.push(`━━ ${m.title ?? m.source ?? m.id ?? doc.id}`);
  lines.push(`id         ${doc.id}${m.id ? `  (input id ${m.id})` : ''}`);
  if (m.published) lines.push(`published  ${m.published}`);
  if (m.dateline) {
    const d = m.dateline;
    const where = [d.place, d.region, d.countryName ?? d.country].filter(Boolean).join(', ');
    lines.push(
      `dateline   ${where}${d.date ? ` — ${d.date}` : ''}   “${doc.text.slice(d.span.start, d.span.end)}”`,
    );
  }
  if (m.agencies?.length) lines.push(`agencies   ${m.agencies.join(' ← ')}`);
  if (m.bylines?.length) lines.push(`bylines    ${m.bylines.join(', ')}`);
  if (m.publisher) lines.push(`publisher  ${m.publisher}`);
  if (m.url) lines.push(`url        ${m.url}`);
  for (const w of doc.layers.wire ?? []) {
    lines.push(
      `wire       ${w.kind.padEnd(10)} ${clip(doc.text.slice(w.start, w.end), WIDTH - 22)}  [${w.rule}]`,
    );
  }
  lines.push(...prettyEntities(doc));
  lines.push(...prettyQuotes(doc));
  lines.push(...prettyEvents(doc));
  const sentences = doc.layers.sentences ?? [];
  const tokens = doc.layers.tokens ?? [];
  lines.push(
    `text       ${doc.text.length} characters, ${tokens.length} tokens, ${sentences.length} sentences`,
  );
  for (const [i, s] of sentences.entries()) {
    lines.push(
      `  ${String(i + 1).padStart(3)}  ${clip(doc.text.slice(s.start, s.end).replace(/\s+/gu, ' '), WIDTH)}`,
    );
  }
  for (const msg of doc.messages) lines.push(`${msg.severity.padEnd(9)}  ${msg.reason}  [${msg.rule}]`);
  return `${lines.join('\n')}\n`;
}

const ENTITY_HEADINGS: readonly [EntityType, string][] = [
  ['PERSON', 'people'],
  ['ORG', 'organizations'],
  ['GPE', 'places'],
  ['LOC', 'locations'],
  ['FACILITY', 'facilities'],
  ['NORP', 'groups'],
  ['MISC', 'other'],
];

/** People as `Name (title, COUNTRY) [ACTOR] ×mentions`; other entity types as name lists. */
function prettyEntities(doc: Document): string[] {
  const entities = doc.layers.entities ?? [];
  const lines: string[] = [];
  for (const [type, heading] of ENTITY_HEADINGS) {
    const of = entities.filter((e) => e.type === type);
    if (of.length === 0) continue;
    if (type !== 'PERSON') {
      lines.push(`${heading.padEnd(14)}${of.map((e) => e.name).join(', ')}`);
      continue;
    }
    lines.push(heading);
    for (const e of of) {
      const role = e.roles[0];
      const detail = [role?.title, e.country].filter(Boolean).join(', ');
      lines.push(
        `  ${e.name}${detail ? ` (${detail})` : ''}${e.actor ? ` [${e.actor}]` : ''} ×${e.mentions.length}`,
      );
    }
  }
  return lines;
}

/** Quotes as `Speaker (role): “content”`, with kind, cue and setting. */
function prettyQuotes(doc: Document): string[] {
  const quotes = doc.layers.quotes ?? [];
  if (quotes.length === 0) return [];
  const entities = new Map((doc.layers.entities ?? []).map((e) => [e.id, e]));
  const lines = ['quotes'];
  for (const q of quotes) {
    const entity = q.speaker?.entity ? entities.get(q.speaker.entity) : undefined;
    const words =
      q.speaker && q.speaker.end > q.speaker.start ? doc.text.slice(q.speaker.start, q.speaker.end) : '';
    const name = entity?.name ?? (words || 'unknown speaker');
    const role = entity?.roles[0]?.title;
    const speaker = `${name}${role ? ` (${role})` : ''}${q.speaker?.inferred ? '*' : ''}`;
    lines.push(`  ${speaker}: ${clip(quoteText(doc.text, q), WIDTH)}`);
    const how = [
      q.kind,
      q.cue ? `cue “${doc.text.slice(q.cue.start, q.cue.end)}”` : 'continues the quote before',
    ];
    if (q.setting) {
      how.push(
        `${q.setting.kind.replace('-', ' ')}${q.setting.outlet ? ` (${q.setting.outlet})` : ''}${q.setting.inferred ? '*' : ''}`,
      );
    }
    lines.push(`      ${how.join(' · ')}`);
  }
  if (quotes.some((q) => q.speaker?.inferred || q.setting?.inferred))
    lines.push('  * inferred (pronoun, title or an earlier sentence)');
  return lines;
}

/** Events as `2025-08-15 Anchorage (USA): Donald Trump [USAGOV] CONSULT Vladimir Putin [RUSGOV] — asserted`. */
function prettyEvents(doc: Document): string[] {
  const events = doc.layers.events ?? [];
  if (events.length === 0) return [];
  const entities = new Map((doc.layers.entities ?? []).map((e) => [e.id, e]));
  const actors = (ids: readonly string[]): string =>
    ids
      .map((id) => entities.get(id))
      .map((e) => (e ? `${e.name}${e.actor ? ` [${e.actor}]` : ''}` : '?'))
      .join(', ');
  const lines = ['events'];
  for (const e of events) {
    const when = e.when
      ? `${formatDateAtPrecision(e.when.date, e.when.precision)}${e.when.inferred ? '*' : ''}`
      : 'undated';
    const where = e.where
      ? `${e.where.name}${e.where.country ? ` (${e.where.country})` : ''}${e.where.inferred ? '*' : ''}`
      : 'no place';
    const what = `${e.type}${e.mode ? `/${e.mode}` : ''}`;
    const who = [actors(e.sources), what, actors(e.targets)].filter((x) => x !== '').join(' ');
    const also = e.participants.length > 0 ? ` with ${actors(e.participants)}` : '';
    lines.push(`  ${when} ${where}: ${who}${also} — ${e.status}`);
    const trigger = doc.text.slice(e.trigger.start, e.trigger.end);
    const facility = e.where?.facility ? ` · at ${e.where.facility}` : '';
    lines.push(
      `      “${trigger}”${e.cameo ? ` · CAMEO ${e.cameo}` : ''}${facility}${e.quote ? ` · in quote ${e.quote}` : ''}`,
    );
  }
  if (events.some((e) => e.when?.inferred || e.where?.inferred)) lines.push('  * from the dateline');
  return lines;
}

/** The content with its quoted words in curly quotes: “…” for direct, the clause for the others. */
function quoteText(text: string, q: Quote): string {
  return q.kind === 'direct' ? `“${quoteWords(text, q)}”` : quoteWords(text, q);
}

function clip(s: string, width: number): string {
  return s.length <= width ? s : `${s.slice(0, width - 1)}…`;
}
