// Runs the pipeline on worker threads so a large corpus uses every core: the content step is the
// largest part of a 2,000-report build. Each worker loads the pipeline, builds its own OpenCC
// converters and warms its own JIT (two workers: 3–4 CPU s and about 350 MB more than none), which
// only pays off for a large corpus (docs/benchmarks.md, session 18: a loss at 50 sources, break-even
// at 200, a gain at 500): below AUTO_MIN_SOURCES sources the pipeline runs in the main thread unless
// --workers (BAOGAO_WORKERS) says otherwise.
// The site-wide options (terms, metrics) reach each worker once and are then the same object for
// every report it builds, as in the main thread: the pipeline keeps what it derives from them (the
// converters' cores, the metric index) per object, and a copy per message rebuilt them per report.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { buildReport, type BuildOptions, type BuiltReport, type SourceInput } from '../../src/pipeline/index.ts';
import { SourceError } from '../../src/pipeline/errors.ts';

/** Never fewer sources per worker than this (with `auto`), and never a single worker. */
const MIN_SOURCES_FOR_WORKERS = 16;
/** Workers start by themselves from this many sources on. */
const AUTO_MIN_SOURCES = 200;

/** The options every report of a build shares, sent to a worker once: the pipeline memoises per object. */
export const sharedOptions = ['terms', 'metrics'] as const;
type SharedOption = (typeof sharedOptions)[number];

/** A report's options as sent: its own ones, and each shared one by number (with its value the first time the worker sees it). */
export interface SentOptions {
  options: Omit<BuildOptions, SharedOption>;
  shared: Partial<Record<SharedOption, { ref: number; value?: unknown }>>;
}

/** What the pool sends a worker. */
export interface WorkerRequest extends SentOptions {
  id: number;
  input: SourceInput;
}

/** The sending side: numbers each shared object once and sends its value to each worker (`held`) once. */
export function optionsSender(): (held: Set<number>, options: BuildOptions) => SentOptions {
  const refs = new WeakMap<object, number>();
  let next = 0;
  return (held, options) => {
    const own: BuildOptions = { ...options };
    const shared: SentOptions['shared'] = {};
    for (const name of sharedOptions) {
      const value = options[name];
      delete own[name];
      if (value === undefined) continue;
      let ref = refs.get(value);
      if (ref === undefined) refs.set(value, (ref = next++));
      shared[name] = held.has(ref) ? { ref } : { ref, value };
      held.add(ref);
    }
    return { options: own, shared };
  };
}

/** The receiving side (one per worker): the options again, each shared one the same object at every message. */
export function optionsReceiver(): (sent: SentOptions) => BuildOptions {
  const kept = new Map<number, unknown>();
  return ({ options, shared }) => {
    const all: BuildOptions = { ...options };
    for (const name of sharedOptions) {
      const sent = shared[name];
      if (!sent) continue;
      if ('value' in sent) kept.set(sent.ref, sent.value);
      // A reference to a value this worker never got (its first message lost) must fail the report, not build it without the option.
      else if (!kept.has(sent.ref)) throw new Error(`the shared option ${name} (#${sent.ref}) never reached this worker`);
      Object.assign(all, { [name]: kept.get(sent.ref) });
    }
    return all;
  };
}

/** What a worker sends back: the built report, or the error in a form that survives postMessage. */
export type WorkerReply = { id: number; built: BuiltReport } | { id: number; error: { message: string; hint?: string; line?: number | undefined; source: boolean } };

/** buildReport, in the main thread or spread over worker threads. */
export interface ReportPool {
  /** How many reports can be built at the same time. */
  size: number;
  build: (input: SourceInput, options: BuildOptions) => Promise<BuiltReport>;
  close: () => Promise<void>;
}

/** How many workers a build asks for: a number (0 builds in the main thread) or `auto` (one per core). */
export type WorkerSetting = number | 'auto';

/** Reads a `--workers` value or `BAOGAO_WORKERS`: `auto`, or a whole number of worker threads (0 builds in the main thread). */
export function parseWorkers(value: string, from: string): WorkerSetting {
  if (value === 'auto') return 'auto';
  if (/^\d+$/.test(value)) return Number(value);
  throw new Error(`${from} "${value}": use auto or a whole number of worker threads (0 builds in the main thread)`);
}

/**
 * The pool for `sources` sources: `asked` worker threads (0 = none, the main thread builds), or with
 * `auto` one per core (os.availableParallelism()) and MIN_SOURCES_FOR_WORKERS sources a worker at
 * least, none on one core. Not asked: `auto` from AUTO_MIN_SOURCES sources on, none below.
 */
export function createReportPool(sources: number, asked?: WorkerSetting): ReportPool {
  const auto = asked === 'auto' || (asked === undefined && sources >= AUTO_MIN_SOURCES);
  // `auto` never starts a single worker: it would only add its start-up to the main thread's work.
  const perCore = Math.min(availableParallelism(), Math.ceil(sources / MIN_SOURCES_FOR_WORKERS));
  // A number of workers that is asked for is used (tests run a few sources on two workers), up to one a source.
  const size = auto ? (perCore > 1 ? perCore : 0) : Math.min((asked as number | undefined) ?? 0, sources);
  if (size < 1) {
    return { size: 1, build: async (input, options) => buildReport(input, options), close: async () => {} };
  }
  const workers: Worker[] = [];
  const idle: Worker[] = [];
  const waiting: (() => void)[] = [];
  const replies = new Map<number, { resolve: (b: BuiltReport) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  // Which shared options each worker holds already.
  const send = optionsSender();
  const held = new WeakMap<Worker, Set<number>>();
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
      held.set(worker, new Set());
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
        const holds = held.get(worker)!;
        const before = new Set(holds);
        replies.set(id, { resolve, reject });
        try {
          worker.postMessage({ id, input, ...send(holds, options) } satisfies WorkerRequest);
        } catch (error) {
          // The message never left (an option postMessage cannot copy): the worker holds nothing new and is free again,
          // so the next report neither waits for it forever nor refers to an option it never got.
          replies.delete(id);
          held.set(worker, before);
          idle.push(worker);
          waiting.shift()?.();
          reject(error instanceof Error ? error : new Error(String(error)));
        }
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
