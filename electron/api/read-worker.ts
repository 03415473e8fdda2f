// A read worker (bundled to dist/read-worker.js): a thread of the backend with a read-only
// connection of its own to the open workspace, answering its lane's calls (read-calls.ts)
// through the same API table as the backend's thread, so that a slow read never holds up a quick
// request there. SQLite's WAL lets it read while the backend writes: each statement sees every
// transaction committed before it began, so a screen that saves and then reads here sees its
// save; kept answers key on this connection's data_version, which other connections' commits
// change. Calls are answered in the order they came, each before any read ahead still waiting.
import { parentPort, workerData } from 'node:worker_threads';
import { toApiError, type ApiError } from '../../shared/api/errors';
import type { DispatchResult } from '../../shared/api/registry';
import { openWorkspace, type Workspace } from './open-workspace';
import { readAheadIn, type ReadAhead } from './read-calls';

export type ReaderData = { dbPath: string; tempDir: string };

export type ToReader = { kind: 'call'; id: number; name: string; arg: unknown } | { kind: 'read-ahead'; id: number; what: ReadAhead };

export type FromReader =
  | { kind: 'reply'; id: number; result: DispatchResult }
  | { kind: 'ahead-done'; id: number }
  | { kind: 'open-failed'; error: ApiError };

const port = parentPort!;
const { dbPath, tempDir } = workerData as ReaderData;
const calls: Extract<ToReader, { kind: 'call' }>[] = [];
/** Read aheads waiting, by what they read (asked twice, read once), with the ids the backend waits on. */
const aheads = new Map<string, { what: ReadAhead; ids: number[] }>();
const readAhead = (what: ReadAhead, id?: number) => {
  const key = JSON.stringify(what);
  const entry = aheads.get(key) ?? { what, ids: [] };
  if (id !== undefined) entry.ids.push(id);
  aheads.set(key, entry);
  schedule();
};
let scheduled = false;

const schedule = () => {
  if (scheduled || (calls.length === 0 && aheads.size === 0)) return;
  scheduled = true;
  // One task per turn of the event loop: calls that came meanwhile go before the next read ahead.
  setImmediate(() => void step());
};

let workspace: Workspace | null = null;
try {
  workspace = openWorkspace({
    dbPath,
    tempDir,
    readonly: true,
    // A handler answered here reads ahead here, after the calls waiting.
    readAhead: (what) => readAhead(what),
  });
} catch (e) {
  port.postMessage({ kind: 'open-failed', error: toApiError(e) } satisfies FromReader);
}

async function step(): Promise<void> {
  const w = workspace!;
  const call = calls.shift();
  if (call) {
    const result = await w.api.dispatch(call.name, call.arg);
    port.postMessage({ kind: 'reply', id: call.id, result } satisfies FromReader);
  } else {
    const [key, { what, ids }] = aheads.entries().next().value!;
    aheads.delete(key);
    await readAheadIn(w, what);
    for (const id of ids) port.postMessage({ kind: 'ahead-done', id } satisfies FromReader);
  }
  scheduled = false;
  schedule();
}

if (workspace) {
  port.on('message', (message: ToReader) => {
    if (message.kind === 'call') calls.push(message);
    else readAhead(message.what, message.id);
    schedule();
  });
}
