/**
 * Locates `../shared` (reference data that is never copied into the repository). Benchmarks and
 * training scripts call `sharedPath` and stop with a one-line message when the data is absent.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The shared folder: `$DATELINE_SHARED`, else `../shared` beside the project. */
export function sharedRoot(): string {
  return process.env['DATELINE_SHARED'] ?? join(projectRoot, '..', 'shared');
}

/** Absolute path of a file under shared/, or undefined (after printing why) when it is absent. */
export function sharedPath(relative: string): string | undefined {
  const path = join(sharedRoot(), relative);
  if (existsSync(path)) return path;
  console.log(
    `skipped: ${relative} not found under ${sharedRoot()} (set DATELINE_SHARED to the shared folder)`,
  );
  return undefined;
}

export { projectRoot };
