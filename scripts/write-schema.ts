// Regenerates schema/dateline-1.schema.json from the zod schema (src/document/document-schema.ts).
import { writeFileSync } from 'node:fs';
import { documentJsonSchemaFile } from '../src/document/document-schema.js';

const path = new URL('../schema/dateline-1.schema.json', import.meta.url);
writeFileSync(path, `${JSON.stringify(documentJsonSchemaFile(), null, 2)}\n`);
console.log(`wrote ${path.pathname}`);
