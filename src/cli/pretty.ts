/** A human-readable summary of a Document, for `dateline extract --pretty`. */
import type { Document, EntityType } from '../document/document.js';

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

function clip(s: string, width: number): string {
  return s.length <= width ? s : `${s.slice(0, width - 1)}…`;
}
