// Converts the PETRARCH Phoenix dictionaries in ../shared into the shipped actor base under
// data/actors/: actors.tsv, agents.tsv, manifest.json, conversion-problems.tsv and the licence.
// Run: npx tsx scripts/build-actors.ts
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from '../bench/lib/shared.js';
import { actorsToTsv, agentsToTsv, SHIPPED_DIR } from '../src/actors/actor-data.js';
import type { ActorEntry, AgentEntry, DictionaryProblem } from '../src/actors/actor-types.js';
import { DAMAGED } from '../src/actors/dictionary-lines.js';
import { parsePetrarchActors } from '../src/actors/parse-petrarch-actors.js';
import { parsePetrarchAgents } from '../src/actors/parse-petrarch-agents.js';

const DICTIONARIES = 'eval/events/petrarch/dictionaries';
const ACTOR_FILES = [
  { key: 'countries', name: 'Phoenix.Countries.actors.txt', countryFile: true },
  { key: 'international', name: 'Phoenix.International.actors.txt', countryFile: false },
  { key: 'nonstate', name: 'Phoenix.MilNonState.actors.txt', countryFile: false },
] as const;
const AGENTS_FILE = 'Phoenix.agents.txt';

interface SourceFile {
  readonly key: string;
  readonly name: string;
  readonly text: string;
}

function main(): void {
  const dir = sharedPath(DICTIONARIES);
  if (!dir) return;
  const read = (key: string, name: string): SourceFile => ({
    key,
    name,
    text: readFileSync(join(dir, name), 'utf8'),
  });
  const actorSources = ACTOR_FILES.map((f) => read(f.key, f.name));
  const agentSource = read('agents', AGENTS_FILE);
  const entries: ActorEntry[] = [];
  const problems: DictionaryProblem[] = [];
  ACTOR_FILES.forEach((f, i) => {
    const source = actorSources[i];
    if (!source) return;
    const result = parsePetrarchActors(source.text, { file: f.key, countryFile: f.countryFile });
    entries.push(...result.items);
    problems.push(...result.problems);
  });
  const agents = parsePetrarchAgents(agentSource.text, 'agents');
  problems.push(...agents.problems);
  mkdirSync(SHIPPED_DIR, { recursive: true });
  writeFileSync(join(SHIPPED_DIR, 'actors.tsv'), actorsToTsv(entries));
  writeFileSync(join(SHIPPED_DIR, 'agents.tsv'), agentsToTsv(agents.items));
  writeFileSync(join(SHIPPED_DIR, 'conversion-problems.tsv'), problemsToTsv(problems));
  writeFileSync(join(SHIPPED_DIR, 'LICENSE-PETRARCH.txt'), licenceText([...actorSources, agentSource]));
  const manifest = buildManifest([...actorSources, agentSource], entries, agents.items, problems);
  writeFileSync(join(SHIPPED_DIR, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  printSummary(manifest.counts, problems);
}

function problemsToTsv(problems: readonly DictionaryProblem[]): string {
  const clean = (s: string): string =>
    s.replace(/[\t\n\r]/gu, ' ').replace(new RegExp(DAMAGED.source, 'gu'), '?');
  const rows = problems.map((p) => [p.file, p.line, p.severity, clean(p.reason), clean(p.text)].join('\t'));
  return `${['file\tline\tseverity\treason\ttext', ...rows].join('\n')}\n`;
}

/** Provenance rows of ../shared/eval/events/MANIFEST.tsv, by file name. */
function provenance(): Map<string, { repo: string; path: string; commit: string; license: string }> {
  const rows = new Map<string, { repo: string; path: string; commit: string; license: string }>();
  const path = sharedPath('eval/events/MANIFEST.tsv');
  if (!path) return rows;
  for (const line of readFileSync(path, 'utf8').split('\n').slice(1)) {
    const [local = '', , , repo = '', repoPath = '', commit = '', license = ''] = line.split('\t');
    const name = local.split('/').pop() ?? '';
    if (name !== '') rows.set(name, { repo, path: repoPath, commit, license });
  }
  return rows;
}

function buildManifest(
  sources: readonly SourceFile[],
  entries: readonly ActorEntry[],
  agents: readonly AgentEntry[],
  problems: readonly DictionaryProblem[],
) {
  const origin = provenance();
  const roles = entries.flatMap((e) => e.roles);
  const dates = roles.flatMap((r) => [r.start, r.end]).filter((d): d is string => d !== undefined);
  return {
    name: 'dateline actor base',
    description: 'PETRARCH Phoenix actor and agent dictionaries converted by scripts/build-actors.ts',
    built: new Date().toISOString().slice(0, 10),
    asOf: dates.reduce((a, b) => (b > a ? b : a), ''),
    licence: 'MIT (Open Event Data Alliance); see LICENSE-PETRARCH.txt',
    sources: sources.map((s) => ({
      key: s.key,
      file: s.name,
      sha256: createHash('sha256').update(s.text).digest('hex'),
      ...origin.get(s.name),
    })),
    counts: {
      entries: entries.length,
      actors: entries.filter((e) => e.kind === 'actor').length,
      countries: entries.filter((e) => e.kind === 'country').length,
      names: entries.reduce((n, e) => n + e.names.length, 0),
      roles: roles.length,
      datedRoles: roles.filter((r) => r.start !== undefined || r.end !== undefined).length,
      defaultRoles: roles.filter((r) => r.start === undefined && r.end === undefined).length,
      nullRoles: roles.filter((r) => r.code === '---').length,
      agentPhrases: agents.length,
      agentPhrasesDistinct: new Set(agents.map((a) => a.phrase)).size,
      problems: {
        errors: problems.filter((p) => p.severity === 'error').length,
        warnings: problems.filter((p) => p.severity === 'warning').length,
      },
    },
  };
}

function licenceText(sources: readonly SourceFile[]): string {
  const countries = sources[0]?.text ?? '';
  const start = countries.indexOf('# The MIT License');
  const end = countries.indexOf('# THE SOFTWARE.', start);
  const mit = countries.slice(start, end + '# THE SOFTWARE.'.length).replace(/^# ?/gmu, '');
  const headers = sources.map((s) => `--- ${s.name} ---\n${headerComments(s.text)}`);
  return [
    'The actor base in this folder (actors.tsv, agents.tsv) is converted from the PETRARCH Phoenix',
    'dictionaries of the Open Event Data Alliance (github.com/openeventdata/petrarch2), released under',
    'the MIT License below. The files it comes from, and their own attribution notes, follow the licence.',
    '',
    mit.trim(),
    '',
    'Attribution notes from the source files (licence text removed where repeated):',
    '',
    ...headers,
  ].join('\n');
}

function headerComments(text: string): string {
  const lines: string[] = [];
  for (const line of text.split(/\r?\n/u)) {
    if (!line.startsWith('#')) break;
    if (line.includes('The MIT License')) break;
    lines.push(line.replace(/^# ?/u, ''));
  }
  return `${lines.join('\n').trim()}\n`;
}

function printSummary(
  counts: ReturnType<typeof buildManifest>['counts'],
  problems: readonly DictionaryProblem[],
): void {
  console.log(`wrote ${SHIPPED_DIR}`);
  console.table(counts);
  for (const p of problems.filter((q) => q.severity === 'error').slice(0, 20)) {
    console.log(`${p.file}:${p.line}: ${p.reason} | ${p.text}`);
  }
}

main();
