/** The HTML reader's public surface: `readHtml` for one page, `htmlReader` for the CLI's reader table. */
export { htmlReader } from './html-reader.js';
export { readHtml } from './read-html.js';
export type { ReadHtmlOptions } from './read-html.js';
