// Worker thread of scripts/lib/pool.ts: builds one report per message, converters built once per worker.
import { parentPort } from 'node:worker_threads';
import { buildReport, type BuildOptions, type SourceInput } from '../../src/pipeline/index.ts';
import { SourceError } from '../../src/pipeline/errors.ts';
import type { WorkerReply } from './pool.ts';

parentPort!.on('message', ({ id, input, options }: { id: number; input: SourceInput; options: BuildOptions }) => {
  let reply: WorkerReply;
  try {
    reply = { id, built: buildReport(input, options) };
  } catch (error) {
    // A SourceError loses its class in postMessage: send its parts so the CLI prints `file:line: … — hint`.
    reply =
      error instanceof SourceError
        ? { id, error: { message: error.message, hint: error.hint, line: error.line, source: true } }
        : { id, error: { message: error instanceof Error ? (error.stack ?? error.message) : String(error), source: false } };
  }
  parentPort!.postMessage(reply);
});
