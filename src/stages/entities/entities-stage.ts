/**
 * The entities stage: names from the NER model, typed and kept out of publisher furniture; roles
 * from title phrases; entities with canonical names, countries and actor codes; coreference for
 * pronouns, groups and title-only mentions. Writes the `mentions` and `entities` layers.
 */
import type { Document, Entity, Mention } from '../../document/document.js';
import type { Stage, StageContext } from '../../pipeline/stage.js';
import { assignActors } from './actor-codes.js';
import type { RoleFinding } from './assign-roles.js';
import { assignRoles } from './assign-roles.js';
import type { PersonMention } from './coreference.js';
import { resolveCoreference } from './coreference.js';
import type { NameMention } from './detect-mentions.js';
import { detectMentions } from './detect-mentions.js';
import { groupEntities } from './group-entities.js';
import type { NerModel } from './ner/index.js';
import { loadNerModel } from './ner/index.js';
import { nerSentences } from './ner-view.js';

let model: NerModel | undefined;

export const entitiesStage: Stage = {
  name: 'entities',
  reads: ['wire', 'tokens', 'sentences'],
  writes: ['mentions', 'entities'],
  run(doc: Document, context: StageContext): void {
    model ??= loadNerModel();
    const sentences = nerSentences(doc);
    const names = detectMentions(doc, model, sentences);
    const roles = assignRoles(names, sentences);
    const kept = names.filter((m) => !insideTitle(m, roles, doc.text));
    const all = [...kept, ...roleOrgMentions(roles, names)].sort((a, b) => a.start - b.start);
    const grouping = groupEntities(doc.text, all, doc.meta.dateline?.country);
    const entityById = new Map(grouping.entities.map((e) => [e.id, e]));
    const nameMentions: Mention[] = all.map((m, i) => ({
      id: '',
      start: m.start,
      end: m.end,
      type: m.type,
      kind: 'name',
      entities: [grouping.entityOf[i] ?? ''],
      rule: m.rule,
    }));
    attachRoles(roles, names, all, grouping.entityOf, entityById);
    const persons: PersonMention[] = all.flatMap((m, i) => {
      const mention = nameMentions[i];
      return m.type === 'PERSON' && mention
        ? [{ mention, sentence: m.sentence, first: m.first, last: m.last }]
        : [];
    });
    const inferred = resolveCoreference(doc, sentences, persons, grouping.entities);
    const mentions = [...nameMentions, ...inferred.map((m) => ({ ...m, id: '' }))].sort(
      (a, b) => a.start - b.start,
    );
    doc.layers.mentions = mentions.map((m, i) => ({ ...m, id: `m${i + 1}` }));
    for (const m of doc.layers.mentions) for (const id of m.entities) entityById.get(id)?.mentions.push(m.id);
    doc.layers.entities = grouping.entities;
    assignActors(doc, grouping.entities, context);
    doc.provenance.mentions = { stage: 'entities', rule: 'ner-perceptron (models/ner)+entity-rules/1' };
    doc.provenance.entities = { stage: 'entities', rule: 'entity-rules/1' };
  },
};

/**
 * An organization or MISC name the tagger found in the words of a title: "U.S. National Security"
 * in "U.S. National Security Adviser Michael Flynn" is part of the title, not an organization.
 * The title's own organization ("Kremlin" in "Kremlin spokesman") is kept.
 */
function insideTitle(m: NameMention, roles: readonly RoleFinding[], text: string): boolean {
  if (m.type !== 'ORG' && m.type !== 'MISC') return false;
  const last = text.slice(m.start, m.end).split(/\s+/u).pop()?.toLowerCase() ?? '';
  return roles.some(({ phrase }) => {
    const { span, orgSpan, title } = phrase;
    if (m.start < span.start || m.end > span.end) return false;
    if (orgSpan && orgSpan.start < m.end && m.start < orgSpan.end) return false;
    return title.toLowerCase().split(/\s+/u).includes(last);
  });
}

/** "Kremlin" in "Kremlin Spokesman" names an organization: a mention of its own. */
function roleOrgMentions(roles: readonly RoleFinding[], names: readonly NameMention[]): NameMention[] {
  return roles.flatMap((r) => {
    const span = r.phrase.orgSpan;
    const m = names[r.mention];
    if (!span || !m || names.some((n) => n.start <= span.start && n.end >= span.end)) return [];
    return [
      {
        ...span,
        type: 'ORG' as const,
        ner: 'ORG',
        sentence: m.sentence,
        first: r.phrase.first,
        last: r.phrase.first + 1,
        rule: 'role/affiliation-org',
      },
    ];
  });
}

function attachRoles(
  roles: readonly RoleFinding[],
  names: readonly NameMention[],
  all: readonly NameMention[],
  entityOf: readonly string[],
  byId: ReadonlyMap<string, Entity>,
): void {
  for (const r of roles) {
    const entity = byId.get(entityOf[all.indexOf(names[r.mention] as NameMention)] ?? '');
    if (
      !entity ||
      entity.roles.some(
        (x) => x.title.toLowerCase() === r.role.title.toLowerCase() && x.country === r.role.country,
      )
    )
      continue;
    entity.roles.push(r.role);
    if (r.role.country && !entity.country) entity.country = r.role.country;
  }
}
