/**
 * Reads a PETRARCH internal coding ontology (PICO) file, `110:0x1007f#0xFFFF+0x0080#…`: each
 * CAMEO code's value as a sum of hex terms. PETRARCH-2 negates an event by subtracting 0xFFFF
 * ("did not clash" 110 → 050, "will not wire tap" 170 → 057); `negateCode` does the same.
 */
import type { DictionaryProblem } from '../../../actors/actor-types.js';
import { dictionaryProblem } from '../../../actors/dictionary-lines.js';

/** CAMEO code → PICO value, and value → the first code with it. */
export interface CodingOntology {
  readonly values: ReadonlyMap<string, number>;
  readonly codes: ReadonlyMap<number, string>;
}

const NEGATION = 0xffff;

/** Parses a PICO text; never throws on bad lines. */
export function parsePetrarchOntology(
  text: string,
  file: string,
): { ontology: CodingOntology; problems: DictionaryProblem[] } {
  const values = new Map<string, number>();
  const codes = new Map<number, string>();
  const problems: DictionaryProblem[] = [];
  const lines = text.split(/\r?\n/u);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('<')) continue;
    const m = /^(\d{2,4}):([^#]+)/u.exec(line);
    const value = m ? evaluate(m[2] ?? '') : undefined;
    if (!m || value === undefined) {
      problems.push(dictionaryProblem(file, i + 1, 'error', 'not "code:hex value"', raw));
      continue;
    }
    const code = m[1] ?? '';
    values.set(code, value);
    if (!codes.has(value)) codes.set(value, code);
  }
  return { ontology: { values, codes }, problems };
}

/** `-0xFFFF+0x2040+0x300` → its value; undefined when a term is not hex. */
function evaluate(expression: string): number | undefined {
  const terms = expression.replace(/\s+/gu, '').match(/[+-]?[^+-]+/gu) ?? [];
  let sum = 0;
  for (const term of terms) {
    const m = /^([+-]?)0x([0-9a-f]+)$/iu.exec(term);
    if (!m) return undefined;
    sum += (m[1] === '-' ? -1 : 1) * parseInt(m[2] ?? '0', 16);
  }
  return terms.length > 0 ? sum : undefined;
}

/** The code of the negated event, or the code itself when the ontology has no such code. */
export function negateCode(ontology: CodingOntology, code: string): string {
  const value = ontology.values.get(code);
  if (value === undefined) return code;
  return ontology.codes.get(value - NEGATION) ?? code;
}
