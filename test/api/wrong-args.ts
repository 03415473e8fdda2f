// Wrong-typed arguments made from a well-formed one: each field in turn (the argument itself, each
// nested object, each array item) replaced by a value of another type, and each object given a
// field it does not have. Each comes with the path of the field a check must name.
import { join } from '../../shared/api/arg-checks';

export type WrongArg = { value: unknown; field: string; what: string };

const UNKNOWN = 'campoQueNaoExiste';

/** A value of another JSON type than `v`'s: text for a number, a number for text, and so on. */
function otherType(v: unknown): unknown {
  if (typeof v === 'string') return 12345;
  if (typeof v === 'number') return '7';
  if (typeof v === 'boolean') return 'sim';
  if (v === null) return true;
  if (Array.isArray(v)) return 'uma lista';
  return 'um objeto';
}

export function* wrongArgs(value: unknown, path = ''): Generator<WrongArg> {
  yield { value: otherType(value), field: path, what: `${path || '(argument)'}: ${JSON.stringify(otherType(value))}` };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++)
      for (const wrong of wrongArgs(value[i], `${path}[${i}]`)) yield { ...wrong, value: value.map((item, j) => (j === i ? wrong.value : item)) };
  } else if (typeof value === 'object' && value !== null) {
    const source = value as Record<string, unknown>;
    yield { value: { ...source, [UNKNOWN]: 1 }, field: join(path, UNKNOWN), what: `${join(path, UNKNOWN)}: an unknown field` };
    for (const [key, item] of Object.entries(source))
      for (const wrong of wrongArgs(item, join(path, key))) yield { ...wrong, value: { ...source, [key]: wrong.value } };
  }
}
