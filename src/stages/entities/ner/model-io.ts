/**
 * The on-disk form of an NER model: one gzip file holding a JSON header (labels, gazetteer lists,
 * word clusters, quantization scale), the feature names, and the weights as 16-bit integers.
 * Features whose weights are all small are pruned before writing.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import type { GazetteerLists } from './gazetteer.js';
import type { WeightTable } from './perceptron.js';

/** Everything a model file holds. */
export interface ModelData {
  labels: readonly string[];
  table: WeightTable;
  gazetteer: GazetteerLists;
  clusters: Record<string, string>;
}

interface Header {
  format: 'dateline-ner/1';
  labels: string[];
  scale: number;
  rows: number;
  gazetteer: GazetteerLists;
  clusters: Record<string, string>;
}

/** Thrown when a model file is not a model this code can read. */
export class NerModelError extends Error {
  readonly code = 'NER_MODEL_INVALID';
}

function keptRows(table: WeightTable, threshold: number): [string, number][] {
  const kept: [string, number][] = [];
  for (const [feature, row] of table.index) {
    for (let k = 0; k < table.nLabels; k++) {
      if (Math.abs(table.weights[row * table.nLabels + k] ?? 0) >= threshold) {
        kept.push([feature, row]);
        break;
      }
    }
  }
  return kept;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}

/** Serialises a model, dropping features whose largest weight is below `threshold`. */
export function encodeModel(data: ModelData, threshold: number): Buffer {
  const { table } = data;
  const kept = keptRows(table, threshold);
  let maxAbs = 1e-9;
  for (const [, row] of kept) {
    for (let k = 0; k < table.nLabels; k++) maxAbs = Math.max(maxAbs, Math.abs(table.weights[row * table.nLabels + k] ?? 0));
  }
  const scale = maxAbs / 32767;
  const q = new Int16Array(kept.length * table.nLabels);
  kept.forEach(([, row], r) => {
    for (let k = 0; k < table.nLabels; k++) q[r * table.nLabels + k] = Math.round((table.weights[row * table.nLabels + k] ?? 0) / scale);
  });
  const header: Header = {
    format: 'dateline-ner/1',
    labels: [...data.labels],
    scale,
    rows: kept.length,
    gazetteer: data.gazetteer,
    clusters: data.clusters,
  };
  const head = Buffer.from(JSON.stringify(header));
  const names = Buffer.from(kept.map(([f]) => f).join('\n'));
  const body = Buffer.from(q.buffer, q.byteOffset, q.byteLength);
  return gzipSync(Buffer.concat([u32(head.length), head, u32(names.length), names, body]), { level: 9 });
}

function parseHeader(raw: Buffer): Header {
  const header = JSON.parse(raw.toString('utf8')) as Partial<Header>;
  if (header.format !== 'dateline-ner/1' || !Array.isArray(header.labels) || typeof header.scale !== 'number') {
    throw new NerModelError('not a dateline NER model (format dateline-ner/1)');
  }
  return header as Header;
}

/** Reads a model written by `encodeModel`. */
export function decodeModel(gz: Buffer): ModelData {
  const buf = gunzipSync(gz);
  const headLen = buf.readUInt32LE(0);
  const header = parseHeader(buf.subarray(4, 4 + headLen));
  const namesLen = buf.readUInt32LE(4 + headLen);
  const namesAt = 8 + headLen;
  const names = namesLen === 0 ? [] : buf.subarray(namesAt, namesAt + namesLen).toString('utf8').split('\n');
  const nLabels = header.labels.length;
  const bodyAt = namesAt + namesLen;
  if (names.length !== header.rows || buf.length - bodyAt !== header.rows * nLabels * 2) {
    throw new NerModelError('NER model file is truncated or inconsistent');
  }
  const weights = new Float32Array(header.rows * nLabels);
  for (let i = 0; i < weights.length; i++) weights[i] = buf.readInt16LE(bodyAt + 2 * i) * header.scale;
  const index = new Map<string, number>();
  names.forEach((name, row) => index.set(name, row));
  return { labels: header.labels, table: { index, weights, nLabels }, gazetteer: header.gazetteer, clusters: header.clusters };
}
