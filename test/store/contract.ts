/**
 * The store contract: what every backend must do, run against each by its own test file
 * (`storeContract('sqlite in memory', () => openSqliteStore(':memory:'))`).
 */
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import type { Document } from '../../src/document/document.js';
import { analyze } from '../../src/pipeline/analyze.js';
import { MAX_LIMIT } from '../../src/store/store.js';
import type { Store } from '../../src/store/store.js';
import { seedText } from '../helpers.js';

/** The seed republished: another headline, page furniture added, the last paragraph cut. */
export function syndicatedCopy(seed: string): string {
  const paragraphs = seed.split('\n\n');
  return [
    'Trump, Putin end Alaska summit without a deal',
    'Advertisement',
    ...paragraphs.slice(1, -1),
    'Share this article on Facebook and X. Subscribe to our newsletter for more news.',
  ].join('\n\n');
}

/** A different article about the same meeting, in other words. */
export const SAME_MEETING = `ANCHORAGE, Alaska, Aug. 15 (Reuters) - President Donald Trump met Russian President Vladimir Putin at a military base in Anchorage on Friday for talks on the war in Ukraine.

The two leaders spoke for nearly three hours. Trump said the talks were productive. "We made some headway," Trump told reporters.`;

/** An article that names Trump by surname only. */
export const SURNAME_ONLY = `WASHINGTON, Aug. 20 (Reuters) - President Trump said on Wednesday that tariffs would stay. "We are not going to back down," Trump said.`;

/** An article whose event the text dates only to a month. */
export const MONTH_ONLY = `WASHINGTON, Nov. 1 (Reuters) - Donald Trump met James Comey in March 2016.`;

export function storeContract(name: string, open: () => Store | Promise<Store>): void {
  describe(`store contract: ${name}`, () => {
    let store: Store;
    let seed: Document;
    let copy: Document;
    let other: Document;
    let surname: Document;

    beforeAll(async () => {
      store = await open();
      seed = analyze({ text: seedText(), meta: { source: 'seed.txt', publisher: 'menafn.com' } });
      copy = analyze({
        text: syndicatedCopy(seedText()),
        meta: { source: 'copy.txt', published: '2025-08-16' },
      });
      other = analyze({ text: SAME_MEETING, meta: { published: '2025-08-15', publisher: 'reuters.com' } });
      surname = analyze({ text: SURNAME_ONLY, meta: { published: '2025-08-20' } });
    });
    afterAll(async () => {
      await store.close();
    });

    it('stores a batch once: the same text again is reported as existing and writes nothing', async () => {
      const first = await store.put([seed]);
      expect(first).toEqual([expect.objectContaining({ id: seed.id, status: 'stored' })]);
      const before = await store.stats();
      const again = await store.put([seed]);
      expect(again[0]?.status).toBe('exists');
      expect(await store.stats()).toEqual(before);
      expect(await store.has([seed.id, 'nope'])).toEqual(new Set([seed.id]));
    });

    it('gives the document back with its text and layers', async () => {
      const back = await store.get(seed.id);
      expect(back?.text).toBe(seed.text);
      expect(back?.layers.quotes).toEqual(seed.layers.quotes);
      expect(back?.layers.events).toEqual(seed.layers.events);
      expect(back?.meta).toEqual(seed.meta);
      expect(await store.get('missing')).toBeUndefined();
    });

    it("finds Putin's quotes by surname, each tied to its document and span", async () => {
      const page = await store.quotes({ speaker: 'Putin' });
      expect(page.total).toBeGreaterThanOrEqual(2);
      const wrench = page.rows.find((q) => q.text.includes('wrench'));
      expect(wrench?.speaker).toBe('Vladimir Putin');
      expect(wrench?.date).toBe('2025-08-16');
      for (const q of page.rows) {
        expect(q.doc).toBe(seed.id);
        expect(seed.text.slice(q.start, q.end).length).toBeGreaterThan(0);
        expect(q.start >= 0 && q.start <= q.end && q.end <= seed.text.length).toBe(true);
      }
      const byText = await store.quotes({ text: 'wrench works' });
      expect(byText.rows.map((q) => q.speaker)).toEqual(['Vladimir Putin']);
      expect((await store.quotes({ speaker: 'Putin', until: '2025-08-01' })).total).toBe(0);
      expect((await store.quotes({ speaker: 'Putin', since: '2025-08-16', until: '2025-08-16' })).total).toBe(
        page.total,
      );
    });

    it('finds the meeting by country code prefix, type, status and place', async () => {
      const page = await store.events({ actor: 'RUS', type: 'CONSULT' });
      const meeting = page.rows.find((e) => e.trigger === 'meeting' && e.status === 'asserted');
      expect(meeting?.date).toBe('2025-08-15');
      expect(meeting).not.toHaveProperty('datePrecision');
      expect(meeting?.place).toBe('Anchorage');
      expect(meeting?.actors.map((a) => a.name)).toEqual(
        expect.arrayContaining(['Donald Trump', 'Vladimir Putin']),
      );
      expect(
        (await store.events({ actor: 'Putin', type: 'consult', place: 'Anchorage' })).total,
      ).toBeGreaterThan(0);
      expect((await store.events({ status: 'negated' })).rows.some((e) => e.trigger.includes('deal'))).toBe(
        true,
      );
      expect((await store.events({ actor: 'CHN' })).total).toBe(0);
    });

    it('recognises a syndicated copy: it points to the original and is not counted twice', async () => {
      const quotesBefore = (await store.quotes({})).total;
      const [result] = await store.put([copy]);
      expect(result).toEqual(expect.objectContaining({ status: 'stored', canonical: seed.id }));
      expect((await store.quotes({})).total).toBe(quotesBefore);
      expect((await store.quotes({ copies: true })).total).toBeGreaterThan(quotesBefore);
      expect(await store.copiesOf(seed.id)).toEqual({ copies: [copy.id] });
      expect(await store.copiesOf(copy.id)).toEqual({ canonical: seed.id, copies: [] });
      const groups = await store.duplicates({});
      expect(groups.rows[0]?.canonical.id).toBe(seed.id);
      expect(groups.rows[0]?.copies.map((c) => c.id)).toEqual([copy.id]);
    });

    it('groups another outlet’s article on the same meeting into one labelled story', async () => {
      const [result] = await store.put([other]);
      expect(result?.canonical).toBeUndefined();
      const seedStory = (await store.documents({})).rows.find((d) => d.id === seed.id)?.story;
      expect(seedStory).toBeDefined();
      expect(result?.story).toBe(seedStory);
      const story = (await store.stories({})).rows.find((s) => s.id === seedStory);
      expect(story?.label).toBe('Trump–Putin meeting, Anchorage, 2025-08-15');
      expect(story?.documents).toBe(2);
    });

    it('merges "Trump" in another article into the actor Donald Trump, with roles, counterparts and places', async () => {
      await store.put([surname]);
      const found = await store.actors({ name: 'Trump' });
      const trump = found.rows.find((a) => a.name === 'Donald Trump');
      expect(trump).toBeDefined();
      expect(found.rows.filter((a) => a.type === 'PERSON' && /Trump/u.test(a.name))).toHaveLength(1);
      const detail = await store.actor(trump?.id ?? -1);
      expect(detail?.documents).toBe(3);
      expect(detail?.counterparts.map((c) => c.name)).toContain('Vladimir Putin');
      expect(detail?.places.map((p) => p.place)).toContain('Anchorage');
      expect(detail?.roles.some((r) => r.title.toLowerCase() === 'president' && r.country === 'USA')).toBe(
        true,
      );
      const tariffs = await store.quotes({ speaker: 'Donald Trump', text: 'back down' });
      expect(tariffs.rows.map((q) => q.doc)).toEqual([surname.id]);
      expect(await store.actor(999_999)).toBeUndefined();
    });

    it('searches article text; user input is never query syntax', async () => {
      const hits = await store.search({ text: 'Elmendorf-Richardson' });
      expect(hits.rows.map((h) => h.id)).toEqual([seed.id]);
      expect(hits.rows[0]?.snippet).toMatch(/\[Elmendorf\]/u);
      expect((await store.search({ text: 'Elmendorf', copies: true })).total).toBe(2);
      for (const hostile of ['"', 'AND OR NOT', 'NEAR(', '*', "'; DROP TABLE documents; --", '']) {
        await expect(store.search({ text: hostile })).resolves.toEqual(
          expect.objectContaining({ offset: 0 }),
        );
        await expect(store.quotes({ text: hostile, speaker: hostile })).resolves.toBeDefined();
      }
      expect((await store.stats()).documents).toBe(4);
    });

    it('pages with a hard maximum', async () => {
      const all = await store.quotes({ copies: true, limit: 1_000_000 });
      expect(all.rows.length).toBeLessThanOrEqual(MAX_LIMIT);
      const first = await store.quotes({ limit: 2 });
      const second = await store.quotes({ limit: 2, offset: 2 });
      expect(first.rows).toHaveLength(2);
      expect(second.rows[0]).not.toEqual(first.rows[0]);
      expect(second.total).toBe(first.total);
      expect((await store.quotes({ limit: -5, offset: -1 })).rows).toEqual([]);
    });

    it('counts the corpus and streams every document', async () => {
      const stats = await store.stats();
      expect(stats).toEqual(expect.objectContaining({ documents: 4, copies: 1 }));
      expect(stats.stories).toBeGreaterThanOrEqual(1);
      const streamed: string[] = [];
      for await (const doc of store.each()) streamed.push(doc.id);
      expect(streamed).toEqual([seed.id, other.id, surname.id]);
      const withCopies: string[] = [];
      for await (const doc of store.each({ copies: true })) withCopies.push(doc.id);
      expect(withCopies).toHaveLength(4);
    });

    it('keeps state across calls', async () => {
      expect(await store.loadState('learned-roles')).toBeUndefined();
      await store.saveState('learned-roles', { roles: [1, 2] });
      await store.saveState('learned-roles', { roles: [3] });
      expect(await store.loadState('learned-roles')).toEqual({ roles: [3] });
    });

    it('keeps a date the text gives only as a month, and says it is a month', async () => {
      const doc = analyze({ text: MONTH_ONLY, meta: { published: '2017-11-01' } });
      expect(doc.layers.events?.[0]?.when).toMatchObject({ date: '2016-03-01', precision: 'month' });
      await store.put([doc]);
      const [met] = (await store.events({ doc: doc.id })).rows;
      expect(met).toMatchObject({ trigger: 'met', date: '2016-03-01', datePrecision: 'month' });
      expect((await store.events({ doc: doc.id, since: '2016-03-01', until: '2016-03-31' })).total).toBe(1);
      expect((await store.get(doc.id))?.layers.events).toEqual(doc.layers.events);
      // The actor's per-day timeline does not count it on the first of March.
      const trump = (await store.actors({ name: 'Trump' })).rows.find((a) => a.name === 'Donald Trump');
      const days = (await store.actor(trump?.id ?? -1))?.timeline.map((t) => t.date) ?? [];
      expect(days.length).toBeGreaterThan(0);
      expect(days).not.toContain('2016-03-01');
    });
  });
}
