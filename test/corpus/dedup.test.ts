import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bandKeys,
  compareShingles,
  DEFAULT_BANDS,
  DEFAULT_PERMUTATIONS,
  dedupBody,
  deserializeSignature,
  estimateJaccard,
  explainDedupBody,
  FURNITURE_RULES,
  furnitureRuleFor,
  isNearCopy,
  minhashSignature,
  NearDuplicateIndex,
  nearCopyRule,
  normalizeBody,
  serializeSignature,
  shingleSet,
} from '../../src/corpus/index.js';
import { fnv1a32 } from '../../src/corpus/hash.js';
import { createDocument } from '../../src/document/create-document.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { wireStage } from '../../src/stages/wire/wire-stage.js';

// A wire story written for these tests (invented events, wire style): headline, dateline, body, credit.
const HEADLINE = 'Nordic ministers agree to study shared Arctic rescue fleet';
const PARAGRAPHS = [
  'TROMSO, Norway (Reuters) - Foreign ministers from five Nordic countries agreed on Tuesday to study a shared fleet of rescue ships for the Arctic, saying melting sea ice had opened shipping lanes that no single country could patrol alone.',
  'The ministers, meeting for two days in the northern Norwegian port, said a working group would report by March on the cost of the fleet, where it would be based and how command would rotate between the capitals.',
  '"The ice is retreating faster than our budgets can follow," Norwegian Foreign Minister Ingrid Dahl told reporters after the talks. "No one of us can cover these waters, but together we can."',
  'Traffic through the Northeast Passage has more than doubled in five years, according to figures from the Arctic Council, and most of the vessels are cargo ships and cruise liners with little experience of polar conditions.',
  "Finland and Sweden, whose coastlines lie far from the open Arctic Ocean, pressed for the costs to be shared by the length of each country's coast rather than equally, officials familiar with the discussions said.",
  'Iceland, which has no armed forces of its own, offered the use of its coast guard station at Keflavik as a base for aircraft that would search for ships in distress and guide rescue vessels toward them.',
  'Denmark raised concerns about Greenland, whose home-rule government must approve any permanent facility on the island, and said talks with the government in Nuuk would begin in the autumn.',
  'Environmental groups welcomed the plan but said the ministers should also limit the use of heavy fuel oil in the region, which they say would cause lasting damage if a tanker ran aground.',
  'The ministers will meet again in Reykjavik in June, when they are expected to decide whether to put the proposal to their parliaments.',
];
const CREDIT = '(Reporting by Erik Lund; Editing by Sara Moss)';

const story = (head: string, paragraphs: readonly string[], tail = CREDIT): string =>
  [head, ...paragraphs, tail].join('\n\n');

const wire = createPipeline([wireStage]);
const body = (text: string): string => dedupBody(wire.run(createDocument(text)));
const overlap = (a: string, b: string) => compareShingles(shingleSet(body(a)), shingleSet(body(b)));

const ORIGINAL = story(HEADLINE, PARAGRAPHS);

describe('dedupBody', () => {
  it('leaves out the dateline, credit and furniture lines, and folds case and punctuation', () => {
    const text = story(HEADLINE, [
      'Advertisement',
      ...PARAGRAPHS.slice(0, 2),
      'Share this story on Facebook',
    ]);
    const detail = explainDedupBody(wire.run(createDocument(text)));
    expect(detail.body.startsWith('nordic ministers agree')).toBe(true);
    expect(detail.body).toContain('foreign ministers from five nordic countries agreed on tuesday');
    expect(detail.body).not.toMatch(/tromso|reuters|advertisement|share this|reporting by|[A-Z.,"]/u);
    const rules = detail.removed.map((r) => r.rule);
    expect(rules).toContain('furniture/short-line');
    expect(rules).toContain('furniture/share');
    expect(rules).toContain('wire/reporting-credit');
    expect(rules.some((r) => r.startsWith('wire/dateline'))).toBe(true);
  });

  it('normalizes apostrophes, quotes, dashes and white space', () => {
    expect(normalizeBody('  “We’re  FINE,” Trump\tsaid —\n\nRussia-U.S. ')).toBe(
      'were fine trump said russia u s',
    );
  });

  it('keeps story paragraphs that merely mention furniture words', () => {
    expect(furnitureRuleFor(PARAGRAPHS[3] ?? '')).toBeUndefined();
    expect(furnitureRuleFor('Advertisement')?.id).toBe('furniture/short-line');
    expect(furnitureRuleFor('High 86F. Winds NNE at 5 to 10 mph.')?.id).toBe('furniture/weather');
    expect(furnitureRuleFor('— Donald J. Trump (@realDonaldTrump) July 16, 2018')?.id).toBe(
      'furniture/tweet-credit',
    );
    const ids = FURNITURE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('near copies', () => {
  const edited = PARAGRAPHS.map((p, i) =>
    i === 4
      ? 'Sweden and Finland, with no coastline on the open Arctic Ocean, want the bill split by coastline length instead of equally, two diplomats said on condition of anonymity.'
      : p,
  );
  const copies: [string, string][] = [
    ['a different headline', story('Arctic rescue fleet on the table as Nordic ministers meet', PARAGRAPHS)],
    [
      'added boilerplate lines',
      story(HEADLINE, [
        'Advertisement',
        ...PARAGRAPHS.slice(0, 4),
        'Sign up for our morning newsletter',
        ...PARAGRAPHS.slice(4),
        'Copyright 2025 Thomson Reuters. All rights reserved.',
      ]),
    ],
    ['a truncated end', story(HEADLINE, PARAGRAPHS.slice(0, 4), '')],
    ['one paragraph edited', story(HEADLINE, edited)],
    [
      'no dateline, no credit',
      story(HEADLINE, [PARAGRAPHS[0]?.replace(/^.*? - /u, '') ?? '', ...PARAGRAPHS.slice(1)], ''),
    ],
  ];

  it.each(copies)('finds the copy with %s', (_, copy) => {
    const o = overlap(ORIGINAL, copy);
    expect(isNearCopy(o)).toBe(true);
  });

  it('matches a truncated copy by containment, not Jaccard', () => {
    const o = overlap(ORIGINAL, story(HEADLINE, PARAGRAPHS.slice(0, 3), ''));
    expect(o.jaccard).toBeLessThan(0.5);
    expect(nearCopyRule(o)).toBe('near-copy/containment');
  });

  it('does not take a different story on the same subject that reuses a quote for a copy', () => {
    const other = story('Norway pushes Arctic shipping rules at home', [
      "OSLO (Reuters) - Norway's government proposed on Thursday stricter rules for cruise ships sailing near Svalbard, days after Nordic ministers agreed to study a shared Arctic rescue fleet.",
      '"The ice is retreating faster than our budgets can follow," Norwegian Foreign Minister Ingrid Dahl told reporters after the talks. "No one of us can cover these waters, but together we can."',
      "The proposal would cap the number of passengers on ships entering the archipelago's fjords and require a second, ice-trained pilot on board between October and May.",
      'Cruise operators said the rules would drive visitors to Greenland and Iceland, where limits are looser, and asked the ministry for a transition period of at least two seasons.',
      'Parliament is expected to vote on the proposal before the summer recess, and the opposition Labour party has said it supports the passenger cap but not the pilot rule.',
    ]);
    const o = overlap(ORIGINAL, other);
    expect(o.intersection).toBeGreaterThan(20);
    expect(isNearCopy(o)).toBe(false);
  });

  it('does not take a one-paragraph excerpt for a copy of the whole story', () => {
    expect(isNearCopy(overlap(ORIGINAL, story('Arctic', [PARAGRAPHS[2] ?? ''], '')))).toBe(false);
  });
});

describe('NearDuplicateIndex', () => {
  it('points copies at the earliest article of their group, through chains', () => {
    const extra = [
      'Russia, which controls most of the Northern Sea Route, has not been invited to join the plan, and a spokesman for its foreign ministry said on Wednesday that Moscow would watch the talks closely.',
      'Shipping insurers have raised premiums for Arctic voyages twice this year, citing the distance to the nearest rescue centre and the lack of reliable charts for much of the coastline.',
      'A study by a Norwegian research institute found last year that a ship in distress off eastern Svalbard would wait on average more than twenty hours for help to arrive by sea.',
      'Canada and the United States, which share responsibility for search and rescue in the western Arctic, have followed the Nordic talks and may be invited to a later round, diplomats said.',
    ];
    const a = story(HEADLINE, PARAGRAPHS.slice(0, 8));
    const b = story('Nordic rescue plan advances', [...PARAGRAPHS.slice(2, 8), ...extra.slice(0, 2)]);
    const c = story('Arctic rescue fleet: what we know', [...PARAGRAPHS.slice(4, 8), ...extra]);
    const index = new NearDuplicateIndex();
    expect(index.add('a', body(a)).canonical).toBeUndefined();
    const rb = index.add('b', body(b));
    expect(rb).toMatchObject({ canonical: 'a', match: 'a' });
    expect(isNearCopy(compareShingles(shingleSet(body(a)), shingleSet(body(c))))).toBe(false);
    const rc = index.add('c', body(c));
    expect(rc).toMatchObject({ canonical: 'a', match: 'b' });
    expect(index.canonicalOf('c')).toBe('a');
    expect(index.size).toBe(3);
  });

  it('never matches empty bodies, and refuses a repeated id', () => {
    const index = new NearDuplicateIndex();
    expect(index.add('e1', '')).toEqual({ jaccard: 0, containment: 0, candidates: 0 });
    expect(index.add('e2', '').canonical).toBeUndefined();
    expect(index.add('x', body(ORIGINAL)).canonical).toBeUndefined();
    expect(index.find(body(ORIGINAL)).canonical).toBe('x');
    expect(() => index.add('x', 'anything')).toThrow(/already/u);
  });

  it('handles tiny bodies without crashing or matching a long story by containment', () => {
    const index = new NearDuplicateIndex();
    index.add('long', body(ORIGINAL));
    expect(index.add('tiny', 'the ministers').canonical).toBeUndefined();
    expect(index.add('one', 'ice').canonical).toBeUndefined();
    expect(shingleSet('ice')).toHaveLength(1);
  });
});

describe('signatures', () => {
  const sample = body(ORIGINAL);

  it('are deterministic and pinned (a store persists them)', () => {
    const sig = minhashSignature(shingleSet(sample));
    expect(sig).toHaveLength(DEFAULT_PERMUTATIONS);
    expect(minhashSignature(shingleSet(sample))).toEqual(sig);
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(
      Array.from(minhashSignature(shingleSet('the quick brown fox jumps over the lazy dog')).slice(0, 4)),
    ).toEqual(PINNED);
  });

  it('serialize to 4 little-endian bytes a position and back', () => {
    const sig = minhashSignature(shingleSet(sample));
    const bytes = serializeSignature(sig);
    expect(bytes).toHaveLength(4 * sig.length);
    expect(bytes[0]).toBe((sig[0] ?? 0) & 0xff);
    expect(deserializeSignature(bytes)).toEqual(sig);
    expect(deserializeSignature(Buffer.from(bytes))).toEqual(sig);
    expect(() => deserializeSignature(new Uint8Array(3))).toThrow(/4 bytes/u);
  });

  it('give band keys a store can index, none for an empty body', () => {
    const keys = bandKeys(minhashSignature(shingleSet(sample)));
    expect(keys).toHaveLength(DEFAULT_BANDS);
    expect(keys.every((k, i) => new RegExp(`^${i}:[0-9a-f]{16}$`, 'u').test(k))).toBe(true);
    expect(bandKeys(minhashSignature(shingleSet('')))).toEqual([]);
    expect(() => bandKeys(minhashSignature(shingleSet(sample)), 0)).toThrow();
  });

  it('estimate Jaccard near the exact value', () => {
    const a = shingleSet(sample);
    const b = shingleSet(body(story(HEADLINE, PARAGRAPHS.slice(0, 6))));
    const exact = compareShingles(a, b).jaccard;
    expect(Math.abs(estimateJaccard(minhashSignature(a), minhashSignature(b)) - exact)).toBeLessThan(0.15);
  });
});

describe('properties', () => {
  const words = fc.array(
    fc.constantFrom('putin', 'trump', 'said', 'the', 'summit', 'in', 'Helsinki', '“ok”', '—', 'é'),
    {
      maxLength: 60,
    },
  );
  const text = fc.oneof(
    fc.string(),
    words.map((w) => w.join(' ')),
    fc.string({ unit: 'grapheme' }),
  );

  it('a text is always a near copy of itself, unless its body is empty', () => {
    fc.assert(
      fc.property(text, (t) => {
        const b = normalizeBody(t);
        const set = shingleSet(b);
        const o = compareShingles(set, set);
        const wordCount = b === '' ? 0 : b.split(' ').length;
        expect(set.length).toBeLessThanOrEqual(Math.max(wordCount, 0));
        expect(set.length > 0).toBe(wordCount > 0);
        expect(isNearCopy(o)).toBe(wordCount > 0);
        if (wordCount > 0) expect([o.jaccard, o.containment]).toEqual([1, 1]);
        expect(bandKeys(minhashSignature(set))).toHaveLength(wordCount > 0 ? DEFAULT_BANDS : 0);
      }),
    );
  });

  it('overlaps are symmetric and within [0, 1], containment at least Jaccard', () => {
    fc.assert(
      fc.property(text, text, (x, y) => {
        const a = shingleSet(normalizeBody(x));
        const b = shingleSet(normalizeBody(y));
        const ab = compareShingles(a, b);
        expect(compareShingles(b, a)).toEqual(ab);
        expect(ab.jaccard).toBeGreaterThanOrEqual(0);
        expect(ab.containment).toBeLessThanOrEqual(1);
        expect(ab.containment).toBeGreaterThanOrEqual(ab.jaccard);
        expect(ab.intersection).toBeLessThanOrEqual(ab.smaller);
      }),
    );
  });

  it('removed stretches lie in the text, in order, and the body is folded words', () => {
    const lines = fc.array(
      fc.oneof(text, fc.constantFrom('Advertisement', 'WASHINGTON (Reuters) - ', CREDIT)),
      {
        maxLength: 8,
      },
    );
    fc.assert(
      fc.property(lines, (ls) => {
        const doc = wire.run(createDocument(ls.join('\n')));
        const { body: b, removed } = explainDedupBody(doc);
        let at = 0;
        for (const r of removed) {
          expect(r.start).toBeGreaterThanOrEqual(at);
          expect(r.end).toBeGreaterThanOrEqual(r.start);
          expect(r.end).toBeLessThanOrEqual(doc.text.length);
          at = r.end;
        }
        expect(b).toBe(normalizeBody(b));
        expect(b).not.toMatch(/^ | $| {2}/u);
      }),
    );
  });
});

// Computed once; a change here means every signature a store saved is stale.
const PINNED = [492848060, 192302308, 805533335, 847772631];
