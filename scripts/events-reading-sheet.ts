/**
 * A reading sheet for judging events by hand: `npx tsx scripts/events-reading-sheet.ts [N] [SEED]`
 * analyses N (default 30) Reuters 2017 stories drawn with a seeded sample and prints, per story,
 * each event as date (* = inferred), TYPE/mode, trigger, sources, targets, participants, status
 * and place, with the sentence it came from. Used for the issue's "read 30 Reuters stories" check.
 */
import { analyze } from '../src/pipeline/analyze.js';
import { formatDateAtPrecision } from '../src/time/calendar-date.js';
import { readArticles } from '../bench/lib/corpus.js';
import { sample, seededRandom } from '../bench/lib/seeded-random.js';
import { sharedPath } from '../bench/lib/shared.js';

const path = sharedPath('corpus/reuters-2017/reuters-2017.csv');
if (path) {
  const n = Number(process.argv[2] ?? 30);
  const seed = Number(process.argv[3] ?? 20251125);
  const stories = sample(await readArticles(path), n, seededRandom(seed));
  stories.forEach((article, k) => {
    const doc = analyze(article);
    const entities = new Map((doc.layers.entities ?? []).map((e) => [e.id, e]));
    const names = (ids: readonly string[]): string =>
      ids
        .map((id) => entities.get(id))
        .map((e) => (e ? `${e.name}${e.actor ? `[${e.actor}]` : ''}` : '?'))
        .join(', ');
    const m = doc.meta;
    console.log(
      `\n### ${k + 1}. ${m.title ?? ''} | ${m.dateline?.place ?? ''} ${m.dateline?.date ?? m.published ?? ''}`,
    );
    for (const e of doc.layers.events ?? []) {
      const sentence = (doc.layers.sentences ?? []).find(
        (s) => s.start <= e.trigger.start && e.trigger.end <= s.end,
      );
      const words = sentence ? doc.text.slice(sentence.start, sentence.end).replace(/\s+/gu, ' ') : '';
      console.log(
        `- ${e.when ? formatDateAtPrecision(e.when.date, e.when.precision) : '?'}${e.when?.inferred ? '*' : ''} ${e.type}/${e.mode ?? ''} "${doc.text.slice(e.trigger.start, e.trigger.end)}" S:[${names(e.sources)}] T:[${names(e.targets)}] P:[${names(e.participants)}] ${e.status} @${e.where?.name ?? ''}`,
      );
      console.log(`    > ${words.slice(0, 260)}`);
    }
  });
}
