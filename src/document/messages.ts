/**
 * Messages: problems found in the input, attached to the document with a place (span), the rule
 * that noticed them and the stage that ran it — never thrown.
 */
import type { Span } from './span.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Message {
  readonly severity: Severity;
  readonly reason: string;
  /** Stable id of the rule or check that produced the message, e.g. `wire/no-dateline`. */
  readonly rule: string;
  readonly stage: string;
  readonly span?: Span;
}
