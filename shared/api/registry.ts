// The one handler table every transport dispatches through (Electron IPC, the web host, the
// CLI). Registering a name twice is a programming error and is refused at start-up.

import { apiError, toApiError, type ApiError } from './errors';
import type { Handlers, HandlerName } from './handlers';

export type Registry = {
  register<N extends HandlerName>(name: N, handler: Handlers[N]): void;
  registerAll(table: Partial<Handlers>): void;
  has(name: string): name is HandlerName;
  names(): HandlerName[];
  /** Calls a handler; throws the handler's error (typed) for in-process callers such as the CLI. */
  call<N extends HandlerName>(name: N, arg: Parameters<Handlers[N]>[0]): ReturnType<Handlers[N]>;
  /** For transports: never throws, returns the wire form. Unknown names are refused. */
  dispatch(name: string, arg: unknown): Promise<DispatchResult>;
};

export type DispatchResult = { ok: true; value: unknown } | { ok: false; error: ApiError };

type AnyHandler = (arg: never) => Promise<unknown>;

export type RegistryOptions = {
  /** Where an unexpected error goes, under the reference the user is shown, with the call's name (a log file). */
  onInternal?: (error: unknown, ref: string, call: string) => void;
};

export function createRegistry(options: RegistryOptions = {}): Registry {
  const table = new Map<string, AnyHandler>();

  const register = (name: string, handler: AnyHandler) => {
    if (table.has(name)) throw new Error(`Handler "${name}" is registered twice`);
    table.set(name, handler);
  };

  const registry: Registry = {
    register: (name, handler) => register(name, handler as AnyHandler),
    registerAll: (handlers) => {
      for (const [name, handler] of Object.entries(handlers)) register(name, handler as AnyHandler);
    },
    has: (name): name is HandlerName => table.has(name),
    names: () => [...table.keys()] as HandlerName[],
    call: (name, arg) => {
      const handler = table.get(name);
      if (!handler) return Promise.reject(apiError('unknown-call', { call: name })) as never;
      return (handler as (a: unknown) => Promise<unknown>)(arg) as never;
    },
    dispatch: async (name, arg) => {
      const handler = table.get(name);
      if (!handler) return { ok: false, error: toApiError(apiError('unknown-call', { call: name })) };
      try {
        return { ok: true, value: await (handler as (a: unknown) => Promise<unknown>)(arg ?? {}) };
      } catch (e) {
        return { ok: false, error: toApiError(e, options.onInternal && ((error, ref) => options.onInternal?.(error, ref, name))) };
      }
    },
  };
  return registry;
}
