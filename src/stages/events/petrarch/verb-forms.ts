/**
 * Regular forms of verbs and nouns for the PETRARCH verb dictionary. PETRARCH makes `-S`, `-ED`
 * (`-D` after E) and `-ING` (E dropped); the extra English rules here (`-IES`/`-IED` after a
 * consonant + Y, `-ES` after sibilants) only add forms, so a dictionary that lists its irregular
 * forms in `{…}` reads the same.
 */

/** `RESTORE` → `RESTORES RESTORED RESTORING`; `CLARIFY` → `CLARIFIES CLARIFIED CLARIFYING`. */
export function regularVerbForms(root: string): string[] {
  const forms = new Set<string>();
  if (/[^AEIOU]Y$/u.test(root)) {
    forms.add(`${root.slice(0, -1)}IES`);
    forms.add(`${root.slice(0, -1)}IED`);
  } else if (/(?:S|X|Z|CH|SH)$/u.test(root)) forms.add(`${root}ES`);
  forms.add(`${root}S`);
  if (root.endsWith('E')) {
    forms.add(`${root}D`);
    forms.add(`${root.slice(0, -1)}ING`);
  } else {
    forms.add(`${root}ED`);
    forms.add(`${root}ING`);
  }
  return [...forms].filter((f) => f !== root);
}

/** Plural of a phrase's last word, as PETRARCH makes synset plurals. */
export function pluralWords(words: readonly string[]): string[] {
  const last = words[words.length - 1] ?? '';
  let plural: string;
  if (/[^AEIOU]Y$/u.test(last)) plural = `${last.slice(0, -1)}IES`;
  else if (/(?:S|X|Z|CH|SH)$/u.test(last)) plural = `${last}ES`;
  else plural = `${last}S`;
  return [...words.slice(0, -1), plural];
}
