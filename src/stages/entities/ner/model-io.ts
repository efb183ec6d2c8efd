/**
 * The on-disk form of an NER model: one gzip file holding a JSON header (labels, gazetteer lists,
 * word clusters, quantization scale), the feature names, and the weights as 16-bit integers.
 * Features whose weights are all small are pruned before writing.
 */
import { endianness } from 'node:os';
import { gunzipSync, gzipSync } from 'node:zlib';
import { contextInputs } from './context-net.js';
import type { ContextNet } from './context-net.js';
import type { GazetteerLists } from './gazetteer.js';
import type { WeightTable } from './perceptron.js';

/** Everything a model file holds. */
export interface ModelData {
  labels: readonly string[];
  table: WeightTable;
  gazetteer: GazetteerLists;
  clusters: Record<string, string>;
  /** word → path from pre-trained word vectors (see `WordResources.vectorClusters`). */
  vectorClusters?: ReadonlyMap<string, string>;
  /** word → entity type guessed from its vector (see `WordResources.vectorTypes`). */
  vectorTypes?: ReadonlyMap<string, string>;
  /** Weights of the second pass, which also sees the first pass's labels. */
  second?: WeightTable;
  /** The window network whose guesses are features. */
  contextNet?: ContextNet;
}

/** Sizes of the stored window network; its words, embeddings and weights follow the tables. */
interface NetHeader {
  classes: string[];
  dims: number;
  hidden: number;
  words: number;
  /** Per embedding dimension, the value of one step of the 8-bit embeddings. */
  scales: number[];
  /** The words are those of the vector lines, in order, and are not stored again. */
  sharedWords?: boolean;
}

interface Header {
  format: 'dateline-ner/1';
  labels: string[];
  scale: number;
  rows: number;
  /** Rows of the second-pass table, stored after the first (absent: one pass). */
  rows2?: number;
  scale2?: number;
  gazetteer: GazetteerLists;
  clusters: Record<string, string>;
  /** Lines `word TAB vector cluster TAB vector type` (a string: far quicker to read than an object). */
  vectorWords?: string;
  net?: NetHeader;
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

interface EncodedTable {
  rows: number;
  scale: number;
  names: Buffer;
  body: Buffer;
}

function encodeTable(table: WeightTable, threshold: number): EncodedTable {
  const kept = keptRows(table, threshold);
  let maxAbs = 1e-9;
  for (const [, row] of kept) {
    for (let k = 0; k < table.nLabels; k++)
      maxAbs = Math.max(maxAbs, Math.abs(table.weights[row * table.nLabels + k] ?? 0));
  }
  const scale = maxAbs / 32767;
  const q = new Int16Array(kept.length * table.nLabels);
  kept.forEach(([, row], r) => {
    for (let k = 0; k < table.nLabels; k++)
      q[r * table.nLabels + k] = Math.round((table.weights[row * table.nLabels + k] ?? 0) / scale);
  });
  const names = Buffer.from(kept.map(([f]) => f).join('\n'));
  return { rows: kept.length, scale, names, body: Buffer.from(q.buffer, q.byteOffset, q.byteLength) };
}

/** The words of the vector lines, in their order. */
function vectorWordList(data: ModelData): string[] {
  const clusters = data.vectorClusters ?? new Map<string, string>();
  const types = data.vectorTypes ?? new Map<string, string>();
  return [...new Set([...clusters.keys(), ...types.keys()])];
}

function vectorLines(data: ModelData): string {
  const clusters = data.vectorClusters ?? new Map<string, string>();
  const types = data.vectorTypes ?? new Map<string, string>();
  return vectorWordList(data)
    .map((w) => `${w}\t${clusters.get(w) ?? ''}\t${types.get(w) ?? ''}`)
    .join('\n');
}

function readVectorLines(text: string): {
  words: string[];
  maps: Pick<ModelData, 'vectorClusters' | 'vectorTypes'>;
} {
  const words: string[] = [];
  const vectorClusters = new Map<string, string>();
  const vectorTypes = new Map<string, string>();
  for (const line of text.split('\n')) {
    const [word, cluster, type] = line.split('\t');
    if (!word) continue;
    words.push(word);
    if (cluster) vectorClusters.set(word, cluster);
    if (type) vectorTypes.set(word, type);
  }
  return { words, maps: { vectorClusters, vectorTypes } };
}

/** Serialises a model, dropping features whose largest weight is below `threshold`. */
export function encodeModel(data: ModelData, threshold: number): Buffer {
  const first = encodeTable(data.table, threshold);
  const second = data.second ? encodeTable(data.second, threshold) : undefined;
  const header: Header = {
    format: 'dateline-ner/1',
    labels: [...data.labels],
    scale: first.scale,
    rows: first.rows,
    gazetteer: data.gazetteer,
    clusters: data.clusters,
    ...(data.vectorClusters || data.vectorTypes ? { vectorWords: vectorLines(data) } : {}),
  };
  const parts = [u32(first.names.length), first.names, first.body];
  if (second) {
    Object.assign(header, { rows2: second.rows, scale2: second.scale });
    parts.push(u32(second.names.length), second.names, second.body);
  }
  if (data.contextNet) {
    const net = encodeNet(data.contextNet, vectorWordList(data));
    header.net = net.header;
    parts.push(...net.parts);
  }
  const head = Buffer.from(JSON.stringify(header));
  return gzipSync(Buffer.concat([u32(head.length), head, ...parts]), { level: 9 });
}

function floats(values: Float32Array): Buffer {
  const copy = Float32Array.from(values);
  return Buffer.from(copy.buffer, copy.byteOffset, copy.byteLength);
}

/**
 * The network's part of the file. When its words are those of the vector lines, in the same
 * order, they are not written twice (`sharedWords`).
 */
function encodeNet(net: ContextNet, vectorWords: readonly string[]): { header: NetHeader; parts: Buffer[] } {
  const { dims } = net;
  const words = [...net.rows.keys()];
  const shared = words.length === vectorWords.length && words.every((w, i) => w === vectorWords[i]);
  const scales = Array.from({ length: dims }, () => 1e-9);
  for (const row of net.rows.values())
    for (let d = 0; d < dims; d++)
      scales[d] = Math.max(scales[d] ?? 0, Math.abs(net.embeddings[row * dims + d] ?? 0));
  for (let d = 0; d < dims; d++) scales[d] = (scales[d] ?? 1) / 127;
  const q = new Int8Array(words.length * dims);
  words.forEach((w, i) => {
    const row = net.rows.get(w) ?? 0;
    for (let d = 0; d < dims; d++)
      q[i * dims + d] = Math.round((net.embeddings[row * dims + d] ?? 0) / (scales[d] ?? 1));
  });
  const names = Buffer.from(shared ? '' : words.join('\n'));
  return {
    header: {
      classes: [...net.classes],
      dims,
      hidden: net.hidden,
      words: words.length,
      scales,
      ...(shared ? { sharedWords: true } : {}),
    },
    parts: [
      u32(names.length),
      names,
      Buffer.from(q.buffer),
      floats(net.w1),
      floats(net.b1),
      floats(net.w2),
      floats(net.b2),
    ],
  };
}

/** `count` little-endian 32-bit floats from byte `at`. */
function float32s(buf: Buffer, at: number, count: number): Float32Array {
  if (endianness() !== 'LE')
    return Float32Array.from({ length: count }, (_, i) => buf.readFloatLE(at + 4 * i));
  return new Float32Array(alignedCopy(buf, at, count * 4));
}

/** `length` bytes from `at`, copied to a fresh (hence aligned) buffer. */
function alignedCopy(buf: Buffer, at: number, length: number): ArrayBuffer {
  const bytes = new Uint8Array(length);
  bytes.set(buf.subarray(at, at + length));
  return bytes.buffer;
}

/** The newline-separated names of `length` bytes from `at` (none when `length` is 0). */
function readNames(buf: Buffer, at: number, length: number): string[] {
  return length === 0
    ? []
    : buf
        .subarray(at, at + length)
        .toString('utf8')
        .split('\n');
}

/** The window network stored from byte `at`; returns it and the offset after it. */
function decodeNet(
  buf: Buffer,
  at: number,
  h: NetHeader,
  vectorWords: readonly string[],
): [ContextNet, number] {
  const { dims, hidden, words } = h;
  const namesLen = buf.readUInt32LE(at);
  const names = h.sharedWords ? vectorWords : readNames(buf, at + 4, namesLen);
  let pos = at + 4 + namesLen;
  const inputs = contextInputs(dims);
  const end = pos + words * dims + 4 * (hidden * inputs + hidden + h.classes.length * (hidden + 1));
  if (names.length !== words || buf.length < end)
    throw new NerModelError('NER model file is truncated or inconsistent');
  const embeddings = new Float32Array(words * dims);
  const q = new Int8Array(buf.buffer, buf.byteOffset + pos, words * dims);
  for (let i = 0; i < q.length; i++) embeddings[i] = (q[i] ?? 0) * (h.scales[i % dims] ?? 0);
  pos += words * dims;
  const take = (count: number): Float32Array => {
    const out = float32s(buf, pos, count);
    pos += 4 * count;
    return out;
  };
  const net: ContextNet = {
    classes: h.classes,
    dims,
    hidden,
    rows: new Map(names.map((w, i) => [w, i])),
    embeddings,
    w1: take(hidden * inputs),
    b1: take(hidden),
    w2: take(h.classes.length * hidden),
    b2: take(h.classes.length),
  };
  return [net, pos];
}

function parseHeader(raw: Buffer): Header {
  const header = JSON.parse(raw.toString('utf8')) as Partial<Header>;
  if (
    header.format !== 'dateline-ner/1' ||
    !Array.isArray(header.labels) ||
    typeof header.scale !== 'number'
  ) {
    throw new NerModelError('not a dateline NER model (format dateline-ner/1)');
  }
  return header as Header;
}

/** `count` little-endian 16-bit integers from byte `at`. */
function int16s(buf: Buffer, at: number, count: number): Int16Array {
  if (endianness() !== 'LE') return Int16Array.from({ length: count }, (_, i) => buf.readInt16LE(at + 2 * i));
  return new Int16Array(alignedCopy(buf, at, count * 2));
}

/** One table starting at byte `at`; returns it and the offset after it. */
function decodeTable(
  buf: Buffer,
  at: number,
  rows: number,
  scale: number,
  nLabels: number,
): [WeightTable, number] {
  const namesLen = buf.readUInt32LE(at);
  const namesAt = at + 4;
  const names = readNames(buf, namesAt, namesLen);
  const bodyAt = namesAt + namesLen;
  const end = bodyAt + rows * nLabels * 2;
  if (names.length !== rows || buf.length < end)
    throw new NerModelError('NER model file is truncated or inconsistent');
  const weights = new Float32Array(rows * nLabels);
  const q = int16s(buf, bodyAt, weights.length);
  for (let i = 0; i < weights.length; i++) weights[i] = (q[i] ?? 0) * scale;
  const index = new Map<string, number>();
  names.forEach((name, row) => index.set(name, row));
  return [{ index, weights, nLabels }, end];
}

/** Reads a model written by `encodeModel`. */
export function decodeModel(gz: Buffer): ModelData {
  const buf = gunzipSync(gz);
  const headLen = buf.readUInt32LE(0);
  const header = parseHeader(buf.subarray(4, 4 + headLen));
  const nLabels = header.labels.length;
  const [table, end] = decodeTable(buf, 4 + headLen, header.rows, header.scale, nLabels);
  const vectorWords = header.vectorWords === undefined ? undefined : readVectorLines(header.vectorWords);
  const data: ModelData = {
    labels: header.labels,
    table,
    gazetteer: header.gazetteer,
    clusters: header.clusters,
    ...vectorWords?.maps,
  };
  let at = end;
  if (header.rows2 !== undefined) {
    const [second, end2] = decodeTable(buf, at, header.rows2, header.scale2 ?? header.scale, nLabels);
    data.second = second;
    at = end2;
  }
  if (header.net) {
    const [net, end3] = decodeNet(buf, at, header.net, vectorWords?.words ?? []);
    data.contextNet = net;
    at = end3;
  }
  if (at !== buf.length) throw new NerModelError('NER model file is truncated or inconsistent');
  return data;
}
