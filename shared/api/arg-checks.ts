// Checks of an API call's argument, before its handler runs: every transport (IPC, HTTP, CLI)
// hands the registry whatever arrived, and a wrong shape must get `bad-request`, not a crash deep
// in a handler ("text3.trim is not a function"). Each feature declares one check per handler next
// to its types (`*-arg-checks.ts`); `ArgChecks<H>` makes the compiler hold each check to its
// handler's argument type exactly, so the two cannot drift apart.

/** Where a check failed: the path of the offending field (`params.a`, `codes[3]`; empty for the argument itself). */
export type ArgProblem = { readonly argProblem: string };

export function isArgProblem(e: unknown): e is ArgProblem {
  return typeof e === 'object' && e !== null && typeof (e as ArgProblem).argProblem === 'string';
}

const fail = (path: string): never => {
  throw { argProblem: path } satisfies ArgProblem;
};

/**
 * A check returns the value (possibly normalised) or throws an ArgProblem. The phantom member makes
 * `Check` invariant in T, so a check of `{ a?: string }` is not accepted for `{ a?: string; b?: number }`.
 */
export type Check<T> = ((value: unknown, path: string) => T) & { readonly phantom?: (t: T) => T };

/** A check whose field may be absent (or undefined) in an object. */
export type OptionalCheck<T> = Check<T | undefined> & { readonly optional: true };

// `any`: Check is invariant, so only `any` admits a check of every type here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Shape = Record<string, Check<any>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends { optional: true } ? K : never }[keyof S];
type RequiredKeys<S extends Shape> = Exclude<keyof S, OptionalKeys<S>>;
type Checked<C> = C extends Check<infer T> ? T : never;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
export type ObjectOf<S extends Shape> = Simplify<
  { [K in RequiredKeys<S>]: Checked<S[K]> } & { [K in OptionalKeys<S>]?: Exclude<Checked<S[K]>, undefined> }
>;

const check = <T>(fn: (value: unknown, path: string) => T): Check<T> => fn;

/** Text, at most `max` characters (default 100,000: a dossier note fits, a flood does not). */
export const text = (max = 100_000): Check<string> =>
  check((v, path) => (typeof v === 'string' && v.length <= max ? v : fail(path)));

/** A finite number within [min, max]; `integer` for counts and ids. */
export const number = (options: { min?: number; max?: number; integer?: boolean } = {}): Check<number> =>
  check((v, path) => {
    const { min = -Number.MAX_VALUE, max = Number.MAX_VALUE, integer = false } = options;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max || (integer && !Number.isSafeInteger(v))) return fail(path);
    return v;
  });

/** A positive whole number that names something stored (a run, a batch, a record). */
export const id = number({ min: 1, integer: true });

export const boolean: Check<boolean> = check((v, path) => (typeof v === 'boolean' ? v : fail(path)));

/** One of the given values. */
export const oneOf = <const V extends readonly (string | number)[]>(values: V): Check<V[number]> =>
  check((v, path) => ((values as readonly unknown[]).includes(v) ? (v as V[number]) : fail(path)));

export const optional = <T>(inner: Check<T>): OptionalCheck<T> =>
  Object.assign(
    check((v, path) => (v === undefined ? undefined : inner(v, path))),
    { optional: true as const },
  );

export const nullable = <T>(inner: Check<T>): Check<T | null> => check((v, path) => (v === null ? null : inner(v, path)));

/** A plain object with exactly these fields: an unknown field is refused (a caller's mistake, or worse). */
export const object = <S extends Shape>(shape: S): Check<ObjectOf<S>> =>
  check((v, path) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(path);
    const source = v as Record<string, unknown>;
    for (const key of Object.keys(source)) if (!Object.prototype.hasOwnProperty.call(shape, key)) fail(join(path, key));
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(shape)) {
      const value = inner(source[key], join(path, key));
      if (value !== undefined) out[key] = value;
    }
    return out as ObjectOf<S>;
  });

/** The argument of a handler that takes nothing: `{}`. */
export const nothing: Check<Record<string, never>> = object({}) as Check<Record<string, never>>;

export const array = <T>(inner: Check<T>, max = 100_000): Check<T[]> =>
  check((v, path) => {
    if (!Array.isArray(v) || v.length > max) return fail(path);
    return v.map((item, i) => inner(item, `${path}[${i}]`));
  });

/** An object used as a map: keys checked by `key`, values by `value`. */
export const record = <K extends string, T>(key: Check<K>, value: Check<T>, max = 1_000): Check<Partial<Record<K, T>>> =>
  check((v, path) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(path);
    const entries = Object.entries(v as Record<string, unknown>);
    if (entries.length > max) return fail(path);
    const out: Partial<Record<K, T>> = {};
    for (const [k, item] of entries) out[key(k, join(path, k))] = value(item, join(path, k));
    return out;
  });

/** Either of two checks (the first that passes). */
export const either = <A, B>(a: Check<A>, b: Check<B>): Check<A | B> =>
  check((v, path) => {
    try {
      return a(v, path);
    } catch (e) {
      if (!isArgProblem(e)) throw e;
      return b(v, path);
    }
  });

/** The path of a field inside `path` (`record.name`). */
export const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/**
 * A check written by hand, for an argument whose parts depend on each other (`records/save`:
 * the record's fields depend on its kind). It throws through `fail` and the checks it calls.
 */
export const custom = <T>(fn: (value: unknown, path: string) => T): Check<T> => check(fn);

/** Anything at all: for a part a `custom` check goes on to check itself. */
export const anything: Check<unknown> = check((v) => v);

/** Refuses the field at `path` (inside a `custom` check). */
export const refuse = (path: string): never => fail(path);

type ArgOf<F> = F extends (arg: infer A) => unknown ? A : never;
/** A type written out field by field, nested objects too, so that `Omit<T, 'id'> & { id?: number }` equals its flat form. */
type Flat<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer E)[]
    ? Flat<E>[]
    : T extends object
      ? { [K in keyof T]: Flat<T[K]> }
      : T;
type Equals<A, B> = (<T>() => T extends Flat<A> ? 1 : 2) extends <T>() => T extends Flat<B> ? 1 : 2 ? true : false;

/** One check per handler of a feature. */
export type ArgChecks<H> = { [K in keyof H]: Check<ArgOf<H[K]>> };

/** Each check exactly of its handler's argument type: a missing or extra optional field is an error. */
type Exact<H, C extends ArgChecks<H>> = {
  [K in keyof H]: Equals<Checked<C[K]>, ArgOf<H[K]>> extends true ? C[K] : { checkDoesNotMatchArgumentOf: K };
};

/** Declares a feature's checks: `argChecksOf<ImportHandlers>()({ 'import/preview': object({…}), … })`. */
export const argChecksOf =
  <H>() =>
  <C extends ArgChecks<H>>(checks: C & Exact<H, C>): ArgChecks<H> =>
    checks;
