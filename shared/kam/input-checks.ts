// Checks of what a screen sends, one field at a time, each failing with a pt-BR sentence that
// names the field (a `bad-option` error). Text is trimmed and empty text becomes null.
import { legacyError } from '../api/errors';
import type { Day } from '../domain/calendar';

const MIN_DAY = -25567; // 1900-01-01
const MAX_DAY = 84006; // 2199-12-31

export const fail = (message: string): never => {
  throw legacyError('bad-option', message);
};

export function optionalText(value: unknown, field: string, max = 2000): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') return fail(`${field}: esperava um texto.`);
  const t = value.trim();
  if (t.length > max) return fail(`${field}: texto longo demais (máximo ${max} caracteres).`);
  return t === '' ? null : t;
}

export function requiredText(value: unknown, field: string, max = 200): string {
  return optionalText(value, field, max) ?? fail(`${field} é obrigatório.`);
}

export function optionalDay(value: unknown, field: string): Day | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < MIN_DAY || value > MAX_DAY)
    return fail(`${field}: data inválida.`);
  return value;
}

export function requiredDay(value: unknown, field: string): Day {
  return optionalDay(value, field) ?? fail(`${field} é obrigatória.`);
}

export function oneOf<T extends string>(value: unknown, list: readonly T[], field: string): T | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || !(list as readonly string[]).includes(value))
    return fail(`${field}: valor inválido "${String(value)}" (use ${list.join(', ')}).`);
  return value as T;
}

export function optionalId(value: unknown, field: string): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) return fail(`${field}: identificador inválido.`);
  return value;
}

export function requiredId(value: unknown, field: string): number {
  return optionalId(value, field) ?? fail(`${field} é obrigatório.`);
}

export function optionalCents(value: unknown, field: string): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) return fail(`${field}: valor inválido (em centavos, inteiro).`);
  return value;
}

export function flag(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') return fail(`${field}: esperava verdadeiro ou falso.`);
  return value;
}

export function requiredObject(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(`${field}: dados ausentes ou inválidos.`);
  return value as Record<string, unknown>;
}

export function customerCode(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') return fail('Código do cliente é obrigatório.');
  const code = value.trim(); // SPEC: keyed by its code, trimmed
  if (code.length > 100) return fail('Código do cliente longo demais (máximo 100 caracteres).');
  return code;
}
