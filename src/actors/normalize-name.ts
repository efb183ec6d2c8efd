/**
 * Name keys shared by dictionary entries and lookups, so that "Vladimir Putin", "VLADIMIR_PUTIN_"
 * and "Vladimir  Putin." meet: case folded, accents dropped, underscores and punctuation turned
 * into single spaces.
 */

const MAX_NAME_LENGTH = 300;

/** Lookup key for a name: `normalizeName('VLADIMIR_V._PUTIN_')` → `vladimir v putin`. */
export function normalizeName(name: string): string {
  const text = name.slice(0, MAX_NAME_LENGTH);
  // Most names are plain ASCII; the Unicode path (accents dropped) costs several times more.
  const words = /^[\x20-\x7e]*$/u.test(text)
    ? text
        .toLowerCase()
        .replace(/'/gu, '')
        .replace(/[^a-z0-9]+/gu, ' ')
    : text
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/['\u2019]/gu, '') // "women's" and "womens" are the same word
        .replace(/[^\p{L}\p{N}]+/gu, ' ');
  return joinInitials(words.trim().split(' ')).join(' ');
}

// "U.S." and "US", "U.N." and "UN" meet: runs of single letters become one word.
function joinInitials(words: readonly string[]): string[] {
  const out: string[] = [];
  let run = '';
  for (const word of words) {
    if (word.length === 1) {
      run += word;
      continue;
    }
    if (run !== '') out.push(run);
    run = '';
    out.push(word);
  }
  if (run !== '') out.push(run);
  return out;
}

/** A dictionary phrase as people write it: `VLADIMIR_PUTIN_` → `VLADIMIR PUTIN`. */
export function phraseText(raw: string): string {
  return raw.replace(/_/gu, ' ').replace(/\s+/gu, ' ').trim();
}

/** The last word of a name key of two or more words (`vladimir putin` → `putin`), else undefined. */
export function surnameKey(key: string): string | undefined {
  const space = key.lastIndexOf(' ');
  return space > 0 ? key.slice(space + 1) : undefined;
}

/** `VLADIMIR V. PUTIN` → `Vladimir V. Putin`, for display of upper-case dictionary names. */
export function displayName(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s\-'(./])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}
