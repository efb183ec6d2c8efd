/** The shapes of a PETRARCH verb dictionary: synsets, verb blocks, their forms and patterns. */

/** One element of a pattern, before or after the verb. */
export type PatternElement =
  /** A literal word, upper case; `adjacent` when joined to the previous element by `_`. */
  | { readonly kind: 'word'; readonly text: string; readonly adjacent: boolean }
  /** `&NAME`: any phrase of the synset. */
  | { readonly kind: 'synset'; readonly name: string; readonly adjacent: boolean }
  /** `$`: the source actor is here. */
  | { readonly kind: 'source' }
  /** `+`: the target actor is here. */
  | { readonly kind: 'target' }
  /** `^`: skip one noun phrase (read as: skip any words up to the next element). */
  | { readonly kind: 'skip' }
  /** `{…}` noun phrase or `(…)` prepositional phrase: its words in order, close together. */
  | { readonly kind: 'group'; readonly bracket: '{' | '('; readonly elements: readonly PatternElement[] };

/** `- BEFORE * AFTER [code]`: words around the verb and the code they give. */
export interface VerbPattern {
  /** Elements before the verb, in sentence order. */
  readonly before: readonly PatternElement[];
  /** Elements after the verb, in sentence order. */
  readonly after: readonly PatternElement[];
  /** CAMEO code of the event, `---` for none. */
  readonly code: string;
  /** Second code of `[a:b]`: the event the target does to the source (visit → receive visit). */
  readonly reverse?: string;
  /** `%`: the source's coordinated actors act on each other. */
  readonly compound: boolean;
  /** The number of words and synsets the pattern requires: more is more specific. */
  readonly weight: number;
  readonly line: number;
}

/** One verb of a block: its words (the `+`-marked one is the verb proper), code and line. */
export interface VerbForm {
  /** Upper-case words of the form, e.g. `['CORDONED', 'OFF']`. */
  readonly words: readonly string[];
  /** Index in `words` of the word that is the verb. */
  readonly head: number;
  /** The form's own code when the dictionary gives one, else the block's. */
  readonly code: string;
  readonly reverse?: string;
  readonly block: VerbBlock;
  readonly line: number;
}

/** `--- NAME [code] ---` with its verbs and patterns. */
export interface VerbBlock {
  readonly name: string;
  readonly code: string;
  readonly reverse?: string;
  readonly patterns: VerbPattern[];
  readonly line: number;
}

/** A read verb dictionary: forms by their verb word, synsets by name (without `&`). */
export interface VerbDictionary {
  readonly blocks: readonly VerbBlock[];
  /** Verb word (upper case) → forms whose verb proper it is; multi-word forms first. */
  readonly forms: ReadonlyMap<string, readonly VerbForm[]>;
  /** Synset name (upper case, no `&`, no trailing `_`) → phrases as word lists. */
  readonly synsets: ReadonlyMap<string, readonly (readonly string[])[]>;
}

/** A discard phrase: a sentence (or, with `+`, a story) containing it is not coded. */
export interface DiscardPhrase {
  readonly words: readonly string[];
  readonly scope: 'sentence' | 'story';
  readonly line: number;
}
