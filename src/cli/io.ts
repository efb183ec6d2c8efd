/** What a CLI command may touch: its output streams and standard input. Tests pass their own. */
export interface CliIo {
  readonly stdout: { write(chunk: string): unknown };
  readonly stderr: { write(chunk: string): unknown };
  readonly stdin: AsyncIterable<Uint8Array>;
  /** Whether stdout is a terminal (progress bars, colours). */
  readonly isTTY?: boolean;
  /** Whether stderr is a terminal (progress bars go there). */
  readonly stderrIsTTY?: boolean;
}

/** Exit codes: 0 everything worked, 1 some inputs failed, 2 the command was used wrongly. */
export const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const;
