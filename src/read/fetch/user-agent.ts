/** The User-Agent dateline sends: its name, version and where to read about it. */
import { readFileSync } from 'node:fs';

function packageVersion(): string {
  try {
    // src/read/fetch/ and dist/read/fetch/ both sit three levels below package.json.
    const pkg: unknown = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));
    const version =
      typeof pkg === 'object' && pkg !== null ? (pkg as { version?: unknown }).version : undefined;
    return typeof version === 'string' ? version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** `dateline/0.1.0 (+https://github.com/dateline)`. */
export const USER_AGENT = `dateline/${packageVersion()} (+https://github.com/dateline)`;
