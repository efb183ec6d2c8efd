/**
 * Analysis spread over worker threads (one per core by default), or done in this thread when
 * `workers` is 0 (tests, one-core machines). Each worker keeps its own actor base that learns roles
 * as it goes; the learned roles come back when the pool closes, to be kept in the store.
 */
import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import { createActorBase } from '../actors/actor-base.js';
import type { ActorBase } from '../actors/actor-base.js';
import { learnedRolesFromJSON, learnedRolesToJSON } from '../actors/learned-roles.js';
import type { LearnedJson } from '../actors/learned-roles.js';
import type { Document } from '../document/document.js';
import { analyze } from '../pipeline/analyze.js';
import type { AnalyzeOptions } from '../pipeline/analyze.js';
import type { Article } from '../read/article.js';

export interface AnalyzerOptions {
  /** Worker threads; 0 analyses in this thread. Default: one per core. */
  readonly workers?: number;
  readonly defaultDate?: string;
  /** Roles learned in earlier runs, to start from. */
  readonly learned?: unknown;
}

export interface Analyzer {
  analyze(article: Article): Promise<Document>;
  /** Stops the workers; resolves to the roles learned, as `learnedRolesToJSON` gives them. */
  close(): Promise<LearnedJson[]>;
}

export function defaultWorkers(): number {
  return Math.max(1, cpus().length);
}

/** Messages between the pool and a worker. */
export type ToWorker =
  | { readonly kind: 'analyze'; readonly task: number; readonly article: Article }
  | { readonly kind: 'finish' };
export type FromWorker =
  | { readonly kind: 'done'; readonly task: number; readonly doc: Document }
  | { readonly kind: 'failed'; readonly task: number; readonly message: string }
  | { readonly kind: 'learned'; readonly learned: LearnedJson };

export interface WorkerSetup {
  readonly defaultDate?: string;
  readonly learned?: unknown;
}

export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const workers = options.workers ?? defaultWorkers();
  const setup: WorkerSetup = {
    ...(options.defaultDate === undefined ? {} : { defaultDate: options.defaultDate }),
    ...(options.learned === undefined ? {} : { learned: options.learned }),
  };
  return workers <= 0 ? inThread(setup) : new WorkerPool(workers, setup);
}

/** What every analysis thread starts from: an actor base (with roles learned before) that learns. */
export function analysisContext(setup: WorkerSetup): AnalyzeOptions & { actors: ActorBase } {
  const actors = createActorBase();
  if (setup.learned !== undefined) learnedRolesFromJSON(actors.learned, setup.learned);
  return { actors, learnRoles: true, ...(setup.defaultDate ? { defaultDate: setup.defaultDate } : {}) };
}

function inThread(setup: WorkerSetup): Analyzer {
  const context = analysisContext(setup);
  const actors = context.actors;
  return {
    analyze: (article) => {
      try {
        return Promise.resolve(analyze(article, context));
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
    close: () => Promise.resolve([learnedRolesToJSON(actors.learned)]),
  };
}

interface Pending {
  readonly resolve: (doc: Document) => void;
  readonly reject: (error: Error) => void;
  readonly worker: Worker;
}

/** The worker script beside this file: `.ts` when run from source (tsx), `.js` when built. */
function workerUrl(): URL {
  const ext = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
  return new URL(`./analyze-worker.${ext}`, import.meta.url);
}

class WorkerPool implements Analyzer {
  private readonly workers: Worker[] = [];
  private readonly load = new Map<Worker, number>();
  private readonly pending = new Map<number, Pending>();
  private readonly learned: LearnedJson[] = [];
  private readonly setup: WorkerSetup;
  private next = 0;
  private closing = false;

  constructor(count: number, setup: WorkerSetup) {
    this.setup = setup;
    for (let i = 0; i < count; i++) this.spawn();
  }

  private spawn(): Worker {
    const url = workerUrl();
    // From source (tests, `tsx`), the worker registers tsx's loader before importing the TypeScript.
    const worker = url.pathname.endsWith('.ts')
      ? new Worker(
          `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); })`,
          { eval: true, workerData: this.setup },
        )
      : new Worker(url, { workerData: this.setup });
    this.workers.push(worker);
    this.load.set(worker, 0);
    worker.on('message', (message: FromWorker) => this.receive(worker, message));
    worker.on('error', (error) => this.lose(worker, error));
    worker.on('exit', (code) => {
      if (!this.closing || this.hasTasks(worker))
        this.lose(worker, new Error(`analysis worker stopped (exit code ${code})`));
    });
    return worker;
  }

  private hasTasks(worker: Worker): boolean {
    return [...this.pending.values()].some((p) => p.worker === worker);
  }

  private receive(worker: Worker, message: FromWorker): void {
    if (message.kind === 'learned') {
      this.learned.push(message.learned);
      return;
    }
    const task = this.pending.get(message.task);
    if (!task) return;
    this.pending.delete(message.task);
    this.load.set(worker, (this.load.get(worker) ?? 1) - 1);
    if (message.kind === 'done') task.resolve(message.doc);
    else task.reject(new Error(message.message));
  }

  /** A worker died: its tasks fail (the batch goes on without them) and a new worker takes its place. */
  private lose(worker: Worker, error: Error): void {
    const index = this.workers.indexOf(worker);
    if (index < 0) return;
    this.workers.splice(index, 1);
    this.load.delete(worker);
    for (const [id, task] of this.pending) {
      if (task.worker !== worker) continue;
      this.pending.delete(id);
      task.reject(error);
    }
    if (!this.closing) this.spawn();
  }

  analyze(article: Article): Promise<Document> {
    // The least loaded worker takes the article.
    let worker = this.workers[0];
    for (const w of this.workers)
      if ((this.load.get(w) ?? 0) < (this.load.get(worker as Worker) ?? 0)) worker = w;
    if (!worker) return Promise.reject(new Error('no analysis worker is running'));
    const chosen = worker;
    const task = this.next++;
    this.load.set(chosen, (this.load.get(chosen) ?? 0) + 1);
    return new Promise<Document>((resolve, reject) => {
      this.pending.set(task, { resolve, reject, worker: chosen });
      chosen.postMessage({ kind: 'analyze', task, article } satisfies ToWorker);
    });
  }

  async close(): Promise<LearnedJson[]> {
    this.closing = true;
    await Promise.all(
      this.workers.map(
        (w) =>
          new Promise<void>((resolve) => {
            w.once('exit', () => resolve());
            w.postMessage({ kind: 'finish' } satisfies ToWorker);
          }),
      ),
    );
    return this.learned;
  }
}
