// The one handler table every transport dispatches through (Electron IPC, the web host, the
// CLI). Registering a name twice is a programming error and is refused at start-up. Each handler
// comes with the check of its argument (`<feature>-arg-checks.ts`): whatever a transport hands
// over is checked before the handler runs, and a wrong shape is a `bad-request` naming the field.

import { isArgProblem, type Check } from './arg-checks';
import { apiError, toApiError, type ApiError } from './errors';
import type { HandlerArg, HandlerName, Handlers } from './handlers';

/** The checks of a table of handlers: one for each name it registers. */
export type ChecksOf<T> = { [K in keyof T]: K extends HandlerName ? Check<HandlerArg<K>> : never };

export type Registry = {
  register<N extends HandlerName>(name: N, handler: Handlers[N], check: Check<HandlerArg<N>>): void;
  /** A feature's handlers and its checks (one per handler it registers). */
  registerAll<T extends Partial<Handlers>>(table: T, checks: ChecksOf<T>): void;
  has(name: string): name is HandlerName;
  names(): HandlerName[];
  /** Calls a handler; throws the handler's error (typed) for in-process callers such as the CLI. */
  call<N extends HandlerName>(name: N, arg: HandlerArg<N>): ReturnType<Handlers[N]>;
  /** For transports: never throws, returns the wire form. Unknown names are refused. */
  dispatch(name: string, arg: unknown): Promise<DispatchResult>;
};

export type DispatchResult = { ok: true; value: unknown } | { ok: false; error: ApiError };

type Entry = { handler: (arg: unknown) => Promise<unknown>; check: Check<unknown> };

export type RegistryOptions = {
  /** Where an unexpected error goes, under the reference the user is shown, with the call's name (a log file). */
  onInternal?: (error: unknown, ref: string, call: string) => void;
  /** The typed error (apiError) for an error of the platform a user can act on, or null: the database busy with another write. */
  typed?: (error: unknown) => Error | null;
};

export function createRegistry(options: RegistryOptions = {}): Registry {
  const table = new Map<string, Entry>();

  const register = (name: string, handler: unknown, check: unknown) => {
    if (table.has(name)) throw new Error(`Handler "${name}" is registered twice`);
    if (typeof check !== 'function') throw new Error(`Handler "${name}" is registered without the check of its argument`);
    table.set(name, { handler: handler as Entry['handler'], check: check as Check<unknown> });
  };

  /** The handler's promise, once its argument has passed the check (a `bad-request` otherwise). */
  const run = (name: string, arg: unknown): Promise<unknown> => {
    const entry = table.get(name);
    if (!entry) return Promise.reject(apiError('unknown-call', { call: name }));
    let checked: unknown;
    try {
      checked = entry.check(arg, '');
    } catch (e) {
      if (isArgProblem(e)) return Promise.reject(apiError('bad-request', { call: name, field: e.argProblem }));
      return Promise.reject(e);
    }
    return entry.handler(checked).catch((e: unknown) => Promise.reject(options.typed?.(e) ?? e));
  };

  return {
    register: (name, handler, check) => register(name, handler, check),
    registerAll: (handlers, checks) => {
      for (const [name, handler] of Object.entries(handlers)) register(name, handler, (checks as Record<string, unknown>)[name]);
    },
    has: (name): name is HandlerName => table.has(name),
    names: () => [...table.keys()] as HandlerName[],
    call: (name, arg) => run(name, arg) as never,
    dispatch: async (name, arg) => {
      if (!table.has(name)) return { ok: false, error: toApiError(apiError('unknown-call', { call: name })) };
      try {
        return { ok: true, value: await run(name, arg ?? {}) };
      } catch (e) {
        return { ok: false, error: toApiError(e, options.onInternal && ((error, ref) => options.onInternal?.(error, ref, name))) };
      }
    },
  };
}
