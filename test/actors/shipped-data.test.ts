import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  actorsFromTsv,
  actorsToTsv,
  agentsFromTsv,
  agentsToTsv,
  readShippedActors,
  SHIPPED_DIR,
} from '../../src/actors/actor-data.js';

describe('the shipped actor base (data/actors/)', () => {
  const shipped = readShippedActors();
  const manifest = JSON.parse(readFileSync(join(SHIPPED_DIR, 'manifest.json'), 'utf8')) as {
    asOf: string;
    counts: { entries: number; roles: number; datedRoles: number; agentPhrases: number };
    sources: { file: string; commit?: string }[];
  };

  it('reads without problems and matches the counts in its manifest', () => {
    expect(shipped.problems).toEqual([]);
    expect(shipped.entries).toHaveLength(manifest.counts.entries);
    expect(shipped.entries.flatMap((e) => e.roles)).toHaveLength(manifest.counts.roles);
    expect(shipped.agents).toHaveLength(manifest.counts.agentPhrases);
    expect(shipped.asOf).toBe(manifest.asOf);
    expect(manifest.sources.map((s) => s.file)).toContain('Phoenix.Countries.actors.txt');
  });

  it('round-trips through its TSV form', () => {
    const actorsText = readFileSync(join(SHIPPED_DIR, 'actors.tsv'), 'utf8');
    expect(actorsToTsv(actorsFromTsv(actorsText, 'actors.tsv').items)).toBe(actorsText);
    const agentsText = readFileSync(join(SHIPPED_DIR, 'agents.tsv'), 'utf8');
    expect(agentsToTsv(agentsFromTsv(agentsText, 'agents.tsv').items)).toBe(agentsText);
  });

  it('ships the MIT licence of the dictionaries', () => {
    const licence = readFileSync(join(SHIPPED_DIR, 'LICENSE-PETRARCH.txt'), 'utf8');
    expect(licence).toMatch(/The MIT License \(MIT\)\s+Copyright \(c\) 2014 Open Event Data Alliance/u);
  });

  it('reports a damaged TSV line instead of throwing', () => {
    const { items, problems } = actorsFromTsv(
      'id\tkind\tnames\troles\nx:1\tactor\tA B\tUSAGOV:2020-01-01::3\nbad line\n',
      't',
    );
    expect(items).toHaveLength(1);
    expect(problems).toMatchObject([{ line: 3, severity: 'error' }]);
  });
});
