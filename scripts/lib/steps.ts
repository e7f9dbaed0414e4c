// The steps of scripts/build.ts as child processes: one at a time, or several side by side with
// each line of their output prefixed by the step's name; the first step to fail ends the others.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, renameSync, rmSync } from 'node:fs';
import { constants } from 'node:os';

/** One step: a node script and its arguments; `cwd` other than the process's is scratch space, removed after. */
export interface Step {
  name: string;
  argv: string[];
  cwd?: string;
  /** Variables of this step's own, over the build's environment. */
  env?: NodeJS.ProcessEnv;
}

/** Where the steps' progress goes (the process's own streams in a build; a test's buffers). */
export interface StepOutput {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
}

/** A step that did not succeed: its name and exit code (or the signal that ended it). */
export interface StepFailure {
  name: string;
  status: number | string;
}

/** The exit code for a step's status: its own exit code, or 128 + the number of the signal that ended it (as a shell does). */
export function exitCodeOf(status: number | string): number {
  if (typeof status === 'number') return status;
  const number = (constants.signals as Record<string, number | undefined>)[status];
  return number === undefined ? 1 : 128 + number;
}

/** Each line of a stream, prefixed with its step's name, so two steps' output stays readable side by side. */
function prefixLines(from: NodeJS.ReadableStream, to: NodeJS.WritableStream, prefix: string): void {
  let rest = '';
  from.setEncoding('utf8');
  from.on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop()!;
    for (const line of lines) to.write(`${prefix}${line}\n`);
  });
  from.on('end', () => rest && to.write(`${prefix}${rest}\n`));
}

/**
 * Runs one step; resolves with its exit code (or signal) once its process and output have ended, and
 * logs `build: <name>…` before and `build: <name> done in N s` after a success (npm run bench times
 * the steps by these lines). `children` holds the process while it runs.
 */
function runStep(
  step: Step,
  o: { env: NodeJS.ProcessEnv; output?: StepOutput | undefined; prefixed: boolean; children: Set<ChildProcess>; timings: string[] },
): Promise<number | string> {
  const started = performance.now();
  const err = o.output?.err ?? process.stderr;
  err.write(`build: ${step.name}…\n`);
  const piped = o.prefixed || o.output !== undefined;
  const child = spawn(process.execPath, step.argv, { stdio: piped ? ['inherit', 'pipe', 'pipe'] : 'inherit', env: step.env ? { ...o.env, ...step.env } : o.env, cwd: step.cwd });
  o.children.add(child);
  if (piped) {
    const prefix = o.prefixed ? `[${step.name}] ` : '';
    prefixLines(child.stdout!, o.output?.out ?? process.stdout, prefix);
    prefixLines(child.stderr!, err, prefix);
  }
  return new Promise((done) => {
    child.on('error', (error) => {
      err.write(`build: the ${step.name} step could not start: ${error.message}\n`);
      done(1);
    });
    child.on('close', (code, signal) => {
      o.children.delete(child);
      if (step.cwd && step.cwd !== process.cwd()) rmSync(step.cwd, { recursive: true, force: true });
      if (code === 0) {
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        o.timings.push(`${step.name} ${seconds} s`);
        err.write(`build: ${step.name} done in ${seconds} s\n`);
      }
      done(code ?? signal ?? 1);
    });
  });
}

/** The signals that stop a build (Ctrl-C, kill, a closed terminal): passed on to the running steps. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Runs `steps` one after the other, or all at once when `together` (their lines prefixed [name]).
 * Resolves with the first failure, once every step's process has ended (the others are ended with
 * SIGTERM at the first failure, or, one after the other, never started), or with nothing when all
 * succeeded. `timings` gets `<name> N s` for each success. While they run, SIGINT, SIGTERM and SIGHUP
 * sent to this process are passed on to the steps (a second one: SIGKILL), and the failure is the
 * signal: no step is left running after the build has stopped.
 */
export async function runSteps(steps: Step[], o: { env: NodeJS.ProcessEnv; together: boolean; output?: StepOutput; timings?: string[] }): Promise<StepFailure | undefined> {
  const children = new Set<ChildProcess>();
  const options = { env: o.env, output: o.output, prefixed: o.together, children, timings: o.timings ?? [] };
  let stoppedBy: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals): void => {
    const again = stoppedBy !== undefined;
    stoppedBy = signal;
    for (const child of children) child.kill(again ? 'SIGKILL' : signal);
  };
  for (const signal of STOP_SIGNALS) process.on(signal, onSignal);
  try {
    if (!o.together) {
      for (const step of steps) {
        if (stoppedBy) return { name: step.name, status: stoppedBy };
        const status = await runStep(step, options);
        if (stoppedBy) return { name: step.name, status: stoppedBy };
        if (status !== 0) return { name: step.name, status };
      }
      return undefined;
    }
    let failure: StepFailure | undefined;
    await Promise.all(
      steps.map((step) =>
        runStep(step, options).then((status) => {
          if (status === 0 || failure) return;
          failure = { name: step.name, status };
          for (const child of children) child.kill('SIGTERM');
        }),
      ),
    );
    // A step may end with 0 on the signal: the build is stopped all the same.
    return stoppedBy ? { name: failure?.name ?? steps[0]!.name, status: stoppedBy } : failure;
  } finally {
    for (const signal of STOP_SIGNALS) process.off(signal, onSignal);
  }
}

/**
 * Moves folder `from` to `to` (which must not exist): a rename, or, when the two are on different
 * file systems (EXDEV: `to`'s parent is a mount of its own, e.g. dist/ a container's volume), a copy
 * and then the removal of `from`.
 */
export function moveFolder(from: string, to: string, rename: (from: string, to: string) => void = renameSync): void {
  try {
    rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true, errorOnExist: true, force: false });
    rmSync(from, { recursive: true, force: true });
  }
}
