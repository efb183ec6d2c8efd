/**
 * An analysis worker thread: articles in, Documents out. A failure in one article is reported for
 * that article; the worker goes on. On `finish` it sends the roles it learned and exits.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { learnedRolesToJSON } from '../actors/learned-roles.js';
import { analyze } from '../pipeline/analyze.js';
import { analysisContext } from './analyze-pool.js';
import type { FromWorker, ToWorker, WorkerSetup } from './analyze-pool.js';

const port = parentPort;
if (port) {
  const setup = workerData as WorkerSetup;
  const context = analysisContext(setup);
  const actors = context.actors;
  port.on('message', (message: ToWorker) => {
    if (message.kind === 'finish') {
      port.postMessage({ kind: 'learned', learned: learnedRolesToJSON(actors.learned) } satisfies FromWorker);
      port.close();
      return;
    }
    try {
      const doc = analyze(message.article, context);
      port.postMessage({ kind: 'done', task: message.task, doc } satisfies FromWorker);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      port.postMessage({ kind: 'failed', task: message.task, message: text } satisfies FromWorker);
    }
  });
}
