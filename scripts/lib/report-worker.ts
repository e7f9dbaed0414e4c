// Worker thread of scripts/lib/pool.ts: builds one report per message, converters built once per worker.
import { parentPort } from 'node:worker_threads';
import { buildReport } from '../../src/pipeline/index.ts';
import { SourceError } from '../../src/pipeline/errors.ts';
import { optionsReceiver, type WorkerReply, type WorkerRequest } from './pool.ts';

// The shared options are the same object for every report, so the pipeline's memos keyed by them hold.
const receive = optionsReceiver();

parentPort!.on('message', ({ id, input, ...sent }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id, built: buildReport(input, receive(sent)) };
  } catch (error) {
    // A SourceError loses its class in postMessage: send its parts so the CLI prints `file:line: … — hint`.
    reply =
      error instanceof SourceError
        ? { id, error: { message: error.message, hint: error.hint, line: error.line, source: true } }
        : { id, error: { message: error instanceof Error ? (error.stack ?? error.message) : String(error), source: false } };
  }
  parentPort!.postMessage(reply);
});
