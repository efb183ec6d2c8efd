/**
 * Input paths as the user gives them — files, directories, glob patterns — turned into files, in a
 * stable (sorted) order. A directory yields the files under it that a reader takes by name; a glob
 * supports `*`, `?` and `**` (any depth). A pattern matching nothing is reported, not ignored.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { readerForName } from '../read/pick-reader.js';

export interface ExpandedPaths {
  readonly files: string[];
  /** Paths and patterns that named nothing readable, with why. */
  readonly problems: { readonly path: string; readonly reason: string }[];
}

const GLOB_CHARS = /[*?]/u;

/** Expands each path; `-` (standard input) passes through. */
export function expandPaths(paths: readonly string[]): ExpandedPaths {
  const files: string[] = [];
  const problems: { path: string; reason: string }[] = [];
  const seen = new Set<string>();
  const add = (file: string): void => {
    if (!seen.has(file)) {
      seen.add(file);
      files.push(file);
    }
  };
  for (const path of paths) {
    if (path === '-') {
      add(path);
      continue;
    }
    if (GLOB_CHARS.test(path)) {
      const matches = globFiles(path);
      if (matches.length === 0) problems.push({ path, reason: 'the pattern matches no file' });
      matches.forEach(add);
      continue;
    }
    const stat = statOrUndefined(path);
    if (!stat) problems.push({ path, reason: 'no such file or directory' });
    else if (stat.isDirectory()) {
      const found = walk(path).filter((f) => readerForName(f) !== undefined);
      if (found.length === 0) problems.push({ path, reason: 'the directory holds no file a reader takes' });
      found.forEach(add);
    } else add(path);
  }
  return { files, problems };
}

function statOrUndefined(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** Every file under a directory, depth first, sorted; unreadable directories are skipped. */
function walk(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const name of entries) {
    const path = join(dir, name);
    const stat = statOrUndefined(path);
    if (stat?.isDirectory()) out.push(...walk(path));
    else if (stat?.isFile()) out.push(path);
  }
  return out;
}

/** Files matching a glob: the fixed leading directories are the root, the rest is matched. */
export function globFiles(pattern: string): string[] {
  const parts = pattern.split(/[\\/]/u);
  const fixed: string[] = [];
  for (const part of parts) {
    if (GLOB_CHARS.test(part)) break;
    fixed.push(part);
  }
  const root = fixed.length === 0 ? '.' : fixed.join('/') || '/';
  const rest = parts.slice(fixed.length).join('/');
  const matcher = globRegExp(rest);
  return walk(root).filter((file) => matcher.test(relative(root, file).split(sep).join('/')));
}

/** A glob as a regular expression over `/`-separated relative paths. */
export function globRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] ?? '';
    if (c === '*' && glob[i + 1] === '*') {
      // `**/` matches zero or more directories; a trailing `**` anything.
      const slash = glob[i + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += c.replace(/[.+^${}()|[\]\\]/gu, '\\$&');
  }
  return new RegExp(`^${source}$`, 'u');
}
