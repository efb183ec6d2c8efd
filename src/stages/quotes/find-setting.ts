/**
 * The setting of a quote from the words of its sentence: "at a joint press conference", "in an
 * interview with Fox News", "on Truth Social". Rules are data in `data/settings.ts`. A sentence's
 * settings are found once (a long sentence can hold thousands of cues) and each cue picks the
 * nearest.
 */
import type { QuoteSetting } from '../../document/document.js';
import type { Span } from '../../document/span.js';
import { OUTLET_WORDS, PLATFORMS, SETTING_RULES } from './data/settings.js';

const NAME =
  /^\s*(?:the\s+)?(\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+(?:of\s+|de\s+|and\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*)*)/u;

/** Settings found per sentence (by start offset), each rule's matches in text order. */
export type SettingCache = Map<number, QuoteSetting[][]>;

/**
 * The setting stated in `sentence` nearest to the cue, or undefined. Example: the cue "said" in
 * "Diaz said at a news conference that …" → a press-conference setting.
 */
export function findSetting(
  text: string,
  sentence: Span,
  cue: Span,
  cache: SettingCache = new Map(),
): QuoteSetting | undefined {
  let byRule = cache.get(sentence.start);
  if (!byRule) {
    byRule = settingsIn(text, sentence);
    cache.set(sentence.start, byRule);
  }
  // Rules are in order of preference: a later rule only fills in when no earlier one matched.
  const matches = byRule.find((list) => list.length > 0);
  return matches ? nearest(matches, cue) : undefined;
}

/** Every rule's settings in the sentence, in rule order. */
function settingsIn(text: string, sentence: Span): QuoteSetting[][] {
  const slice = text.slice(sentence.start, sentence.end);
  return SETTING_RULES.map((rule) => {
    const out: QuoteSetting[] = [];
    for (const m of slice.matchAll(rule.pattern)) {
      const start = sentence.start + m.index;
      let end = start + m[0].length;
      let outlet = rule.outlet;
      if (rule.outletAfter) {
        const name = NAME.exec(text.slice(end, Math.min(sentence.end, end + 200)));
        const candidate = name?.[1]?.replace(/[’']s?$/u, '').replace(/\s+(?:of|and|de)$/u, '');
        if (candidate && (OUTLET_WORDS.test(candidate) || PLATFORMS.includes(candidate))) {
          outlet = candidate;
          end += (name?.[0].length ?? 0) - (name?.[1]?.length ?? 0) + candidate.length;
        } else if (rule.id === 'setting/told-outlet-interview') continue;
      }
      end = trimEnd(text, start, end);
      out.push({ start, end, kind: rule.kind, ...(outlet ? { outlet } : {}) });
    }
    return out;
  });
}

const distance = (s: Span, cue: Span): number =>
  s.start >= cue.end ? s.start - cue.end : s.end <= cue.start ? cue.start - s.end : 0;

/** The setting nearest the cue (the earlier one on a tie), by binary search over text order. */
function nearest(settings: readonly QuoteSetting[], cue: Span): QuoteSetting | undefined {
  let lo = 0;
  let hi = settings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((settings[mid]?.start ?? 0) < cue.end) lo = mid + 1;
    else hi = mid;
  }
  let before = lo - 1;
  // Several settings touching the cue: the first of them.
  while (before > 0 && distance(settings[before - 1] ?? cue, cue) === 0) before--;
  const a = settings[before];
  const b = settings[lo];
  if (!a) return b;
  if (!b) return a;
  return distance(a, cue) <= distance(b, cue) ? a : b;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s,.;:]/u.test(text[e - 1] ?? '')) e--;
  return e;
}
