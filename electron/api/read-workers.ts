// The backend's side of its read workers (read-worker.ts): one thread per lane (read-calls.ts),
// started with the workspace and ended with it. A call of a lane goes to its thread; a reply comes
// back as the registry's DispatchResult, errors as `{ type, code, params }` like the backend's
// own. A thread that fails to open or stops (a crash, a close) hands every call still waiting to
// `local` (the backend's own table): nothing asked is lost and nothing hangs. A stopped thread is
// started again at its next call, a few times at most; after that, or when it cannot open, the
// lane's calls are answered by `local`. Read aheads are sent one at a time, whatever their lane:
// they take one core at most, and the backend's thread and the window keep the other.
import { Worker } from 'node:worker_threads';
import { toApiError } from '../../shared/api/errors';
import type { DispatchResult } from '../../shared/api/registry';
import { appendErrorLog, errorLogPath } from './error-log';
import { LANES, laneOf, readAheadLane, type Lane, type ReadAhead } from './read-calls';
import type { FromReader, ReaderData, ToReader } from './read-worker';

/** Starts of a lane's thread per workspace opened: a thread that keeps stopping is given up. */
const MAX_STARTS = 3;

export type ReadWorkersOptions = ReaderData & {
  /** dist/read-worker.js. */
  script: string;
  /** The backend's own answer, for a call its thread could not give. */
  local: (name: string, arg: unknown) => Promise<DispatchResult>;
};

export type ReadWorkers = {
  /** The answer of a lane's call from its thread; null for another call, or when the lane has no thread (the caller answers). */
  dispatch(name: string, arg: unknown): Promise<DispatchResult> | null;
  /** Asks the thread of the calls that need `what` to read it ahead; false when that lane has no thread. */
  readAhead(what: ReadAhead): boolean;
  /** The threads running now (tests end one to stand for a crash). */
  running(): Worker[];
  /** Ends the threads (their calls still waiting are answered by `local`); resolves once they are gone. */
  close(): Promise<void>;
};

type Waiting = { name: string; arg: unknown; resolve(result: Promise<DispatchResult>): void };

let nextId = 1;

function startLane(options: ReadWorkersOptions) {
  const waiting = new Map<number, Waiting>();
  /** Read aheads sent, by id: what to do once each is read (or its thread is gone). */
  const reading = new Map<number, () => void>();
  let worker: Worker | null = null;
  let starts = 0;
  let givenUp = false;
  let closing = false;

  const log = (error: unknown) =>
    toApiError(error, (e, ref) => appendErrorLog(errorLogPath(options.dbPath), { ref, call: 'read-worker', error: e }));

  /** The thread, started if need be; null when the lane answers on the backend's thread. */
  const thread = (): Worker | null => {
    if (worker || givenUp || closing) return worker;
    if (starts >= MAX_STARTS) return null;
    starts += 1;
    let w: Worker;
    try {
      w = new Worker(options.script, { workerData: { dbPath: options.dbPath, tempDir: options.tempDir } satisfies ReaderData });
    } catch (e) {
      givenUp = true;
      log(e);
      return null;
    }
    // Only a call waiting keeps the process alive (a CLI or a test ends when its work is done).
    w.unref();
    w.on('message', (message: FromReader) => {
      if (message.kind === 'open-failed') {
        givenUp = true;
        log(Object.assign(new Error(`read worker could not open the workspace: ${message.error.code}`), { cause: message.error }));
        return;
      }
      if (message.kind === 'ahead-done') {
        reading.get(message.id)?.();
        reading.delete(message.id);
        return;
      }
      const call = waiting.get(message.id);
      waiting.delete(message.id);
      call?.resolve(Promise.resolve(message.result));
      if (waiting.size === 0) w.unref();
    });
    w.on('error', (e) => log(e)); // an uncaught error: the exit follows
    w.on('exit', (code) => {
      if (worker === w) worker = null;
      if (!closing && !givenUp) log(new Error(`read worker stopped (exit ${code})`));
      // The calls it had not answered: answered here, in the order they were asked.
      const calls = [...waiting.values()];
      waiting.clear();
      for (const call of calls) call.resolve(options.local(call.name, call.arg));
      const done = [...reading.values()];
      reading.clear();
      for (const next of done) next();
    });
    worker = w;
    return w;
  };

  return {
    call(name: string, arg: unknown): Promise<DispatchResult> | null {
      const w = thread();
      if (!w) return null;
      const id = nextId++;
      return new Promise<DispatchResult>((resolve) => {
        waiting.set(id, { name, arg, resolve });
        w.ref();
        w.postMessage({ kind: 'call', id, name, arg } satisfies ToReader);
      });
    },
    /** Sends a read ahead, `done` called once it is read; false when the lane has no thread. */
    readAhead(what: ReadAhead, done: () => void): boolean {
      const w = thread();
      if (!w) return false;
      const id = nextId++;
      reading.set(id, done);
      w.postMessage({ kind: 'read-ahead', id, what } satisfies ToReader);
      return true;
    },
    /** Whether the lane has a thread (started now if need be). */
    available: () => thread() !== null,
    running: () => (worker ? [worker] : []),
    close: async () => {
      closing = true;
      await worker?.terminate();
    },
  };
}

export function startReadWorkers(options: ReadWorkersOptions): ReadWorkers {
  const lanes = new Map<Lane, ReturnType<typeof startLane>>(LANES.map((lane) => [lane, startLane(options)]));
  // Started with the workspace: a thread takes a moment to load, better spent before the first call.
  for (const lane of lanes.values()) lane.available();
  const aheads: ReadAhead[] = [];
  let readingAhead = false;
  const pump = () => {
    while (!readingAhead && aheads.length > 0) {
      const what = aheads.shift()!;
      // A lane gone meanwhile: that read ahead is dropped (its call reads what it needs when asked).
      readingAhead = lanes.get(readAheadLane(what))!.readAhead(what, () => {
        readingAhead = false;
        pump();
      });
    }
  };
  return {
    dispatch: (name, arg) => {
      const lane = laneOf(name);
      return lane === undefined ? null : lanes.get(lane)!.call(name, arg);
    },
    readAhead: (what) => {
      if (!lanes.get(readAheadLane(what))!.available()) return false;
      const key = JSON.stringify(what);
      if (!aheads.some((a) => JSON.stringify(a) === key)) aheads.push(what);
      pump();
      return true;
    },
    running: () => [...lanes.values()].flatMap((l) => l.running()),
    close: async () => {
      aheads.length = 0;
      await Promise.all([...lanes.values()].map((l) => l.close()));
    },
  };
}
