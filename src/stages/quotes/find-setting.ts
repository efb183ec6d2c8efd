/**
 * The setting of a quote from the words of its sentence: "at a joint press conference", "in an
 * interview with Fox News", "on Truth Social". Rules are data in `data/settings.ts`.
 */
import type { QuoteSetting } from '../../document/document.js';
import type { Span } from '../../document/span.js';
import { OUTLET_WORDS, PLATFORMS, SETTING_RULES } from './data/settings.js';

const NAME =
  /^\s*(?:the\s+)?(\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+(?:of\s+|de\s+|and\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*)*)/u;

/** The setting stated in `sentence` nearest to the cue, or undefined. */
export function findSetting(text: string, sentence: Span, cue: Span): QuoteSetting | undefined {
  const slice = text.slice(sentence.start, sentence.end);
  let best: { setting: QuoteSetting; distance: number } | undefined;
  // Rules are in order of preference: a later rule only fills in when no earlier one matched.
  for (const rule of SETTING_RULES) {
    if (best) break;
    for (const m of slice.matchAll(rule.pattern)) {
      const start = sentence.start + m.index;
      let end = start + m[0].length;
      let outlet = rule.outlet;
      if (rule.outletAfter) {
        const name = NAME.exec(text.slice(end, sentence.end));
        const candidate = name?.[1]?.replace(/[’']s?$/u, '').replace(/\s+(?:of|and|de)$/u, '');
        if (candidate && (OUTLET_WORDS.test(candidate) || PLATFORMS.includes(candidate))) {
          outlet = candidate;
          end += (name?.[0].length ?? 0) - (name?.[1]?.length ?? 0) + candidate.length;
        } else if (rule.id === 'setting/told-outlet-interview') continue;
      }
      end = trimEnd(text, start, end);
      const distance = start >= cue.end ? start - cue.end : end <= cue.start ? cue.start - end : 0;
      if (best && best.distance <= distance) continue;
      const setting: QuoteSetting = { start, end, kind: rule.kind, ...(outlet ? { outlet } : {}) };
      best = { setting, distance };
    }
  }
  return best?.setting;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s,.;:]/u.test(text[e - 1] ?? '')) e--;
  return e;
}
