/**
 * Closing credits: "– NNN-XINHUA" at the end of the story, and Reuters-style trailers
 * "(Reporting by A; Editing by B)". Marked as credit segments; reporters become bylines.
 */
import { findAgency } from './agencies.js';
import { splitNames } from './head-rules.js';

export interface CreditMatch {
  readonly rule: string;
  readonly start: number;
  readonly end: number;
  readonly agencies: readonly string[];
  readonly bylines: readonly string[];
}

const AGENCY_CREDIT = /[–—-]{1,2}[ \t]*([\p{L}]+(?:[-/][\p{L}]+){0,3})[ \t]*$/u;
const REPORTING_CREDIT = /\((?:Additional )?[Rr]eporting by ([^;()]{3,200})(?:;[^()]*)?\)\s*$/u;

/** Credits at the end of `text` (looking at its last 300 characters). */
export function matchCredits(text: string): CreditMatch[] {
  const found: CreditMatch[] = [];
  const tailStart = Math.max(0, text.length - 300);
  const tail = text.slice(tailStart);
  const agency = AGENCY_CREDIT.exec(tail);
  if (agency) {
    const agencies = (agency[1] ?? '').split(/[-/]/u).map((p) => findAgency(p)?.name);
    if (agencies.length > 0 && agencies.every((a) => a !== undefined)) {
      const start = tailStart + agency.index;
      found.push({ rule: 'wire/closing-agency-credit', start, end: trimmedEnd(text), agencies, bylines: [] });
    }
  }
  const reporting = REPORTING_CREDIT.exec(tail);
  if (reporting) {
    const start = tailStart + reporting.index;
    const bylines = splitNames((reporting[1] ?? '').replace(/\bin\s+\p{Lu}[\p{L}]+/gu, ''));
    found.push({ rule: 'wire/reporting-credit', start, end: trimmedEnd(text), agencies: [], bylines });
  }
  return found;
}

function trimmedEnd(text: string): number {
  let end = text.length;
  while (end > 0 && /\s/u.test(text[end - 1] ?? '')) end--;
  return end;
}
