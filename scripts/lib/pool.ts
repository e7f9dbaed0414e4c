// Runs the pipeline on worker threads so a large corpus uses every core: the content step is the
// largest part of a 2,000-report build. Each worker builds its own OpenCC converters (about 1 s of CPU
// and 250 MB), which only pays off for a large corpus (docs/benchmarks.md): below
// AUTO_MIN_SOURCES sources the pipeline runs in the main thread unless BAOGAO_WORKERS says otherwise.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { buildReport, type BuildOptions, type BuiltReport, type SourceInput } from '../../src/pipeline/index.ts';
import { SourceError } from '../../src/pipeline/errors.ts';

/** Never fewer sources per worker than this. */
const MIN_SOURCES_FOR_WORKERS = 16;
/** Workers start by themselves from this many sources on. */
const AUTO_MIN_SOURCES = 200;

/** What a worker sends back: the built report, or the error in a form that survives postMessage. */
export type WorkerReply = { id: number; built: BuiltReport } | { id: number; error: { message: string; hint?: string; line?: number | undefined; source: boolean } };

/** buildReport, in the main thread or spread over worker threads. */
export interface ReportPool {
  /** How many reports can be built at the same time. */
  size: number;
  build: (input: SourceInput, options: BuildOptions) => Promise<BuiltReport>;
  close: () => Promise<void>;
}

/** Workers for `sources` sources: `BAOGAO_WORKERS` (0 = in-process, N, `auto` = one per core), by default `auto` from 200 sources. */
export function createReportPool(sources: number): ReportPool {
  const setting = process.env.BAOGAO_WORKERS ?? (sources >= AUTO_MIN_SOURCES ? 'auto' : '0');
  const wanted = setting === 'auto' ? availableParallelism() : Number(setting);
  const size = Math.min(wanted, Math.ceil(sources / MIN_SOURCES_FOR_WORKERS));
  if (!(size > 1)) {
    return { size: 1, build: async (input, options) => buildReport(input, options), close: async () => {} };
  }
  const workers: Worker[] = [];
  const idle: Worker[] = [];
  const waiting: (() => void)[] = [];
  const replies = new Map<number, { resolve: (b: BuiltReport) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  let broken: Error | undefined;
  // Started on the first report to build, so a rebuild served from the cache starts none.
  const start = (): void => {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./report-worker.ts', import.meta.url));
      worker.on('message', (reply: WorkerReply) => {
        const pending = replies.get(reply.id)!;
        replies.delete(reply.id);
        if ('built' in reply) pending.resolve(reply.built);
        else {
          const { message, hint, line, source } = reply.error;
          pending.reject(source ? new SourceError(message, hint ?? '', line) : new Error(message));
        }
        idle.push(worker);
        waiting.shift()?.();
      });
      // A crashed worker fails what it was doing and everything after, instead of leaving it waiting.
      worker.on('error', (error) => {
        broken = error;
        for (const pending of replies.values()) pending.reject(error);
        replies.clear();
        for (const resume of waiting.splice(0)) resume();
      });
      workers.push(worker);
      idle.push(worker);
    }
  };
  return {
    size,
    async build(input, options) {
      if (workers.length === 0) start();
      while (idle.length === 0 && !broken) await new Promise<void>((resume) => waiting.push(resume));
      if (broken) throw new Error(`a pipeline worker crashed: ${broken.message}`);
      const worker = idle.pop()!;
      const id = nextId++;
      return new Promise<BuiltReport>((resolve, reject) => {
        replies.set(id, { resolve, reject });
        worker.postMessage({ id, input, options });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/**
 * Starts jobs up to `ahead` places before the one asked for, so workers stay busy while results are
 * taken (and written) in order; a failing job's error surfaces when its result is asked for.
 */
export function runAhead<T>(count: number, ahead: number, start: (index: number) => Promise<T>): (index: number) => Promise<T> {
  const jobs = new Map<number, Promise<T>>();
  let started = 0;
  return (index) => {
    while (started < count && started <= index + ahead) {
      const job = start(started);
      job.catch(() => {}); // handled when taken
      jobs.set(started++, job);
    }
    const job = jobs.get(index)!;
    jobs.delete(index);
    return job;
  };
}
