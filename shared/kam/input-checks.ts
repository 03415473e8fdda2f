// Checks of what a screen sends, one field at a time, each failing with a `bad-option` error
// that names the field by its code (shared/messages/field-names.ts), so that every language can
// word it. Text is trimmed and empty text becomes null.
import { apiError } from '../api/errors';
import type { Day } from '../domain/calendar';
import type { FieldCode } from '../messages/field-names';

const MIN_DAY = -25567; // 1900-01-01
const MAX_DAY = 84006; // 2199-12-31
/** SPEC: a customer is keyed by its code; longer than this is not a code a person typed. */
export const MAX_CUSTOMER_CODE = 100;

export function optionalText(value: unknown, field: FieldCode, max = 2000): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw apiError('kam/field-not-text', { field });
  const t = value.trim();
  if (t.length > max) throw apiError('kam/field-too-long', { field, max });
  return t === '' ? null : t;
}

export function requiredText(value: unknown, field: FieldCode, max = 200): string {
  const t = optionalText(value, field, max);
  if (t === null) throw apiError('kam/field-required', { field });
  return t;
}

export function optionalDay(value: unknown, field: FieldCode): Day | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < MIN_DAY || value > MAX_DAY) throw apiError('kam/field-bad-day', { field });
  return value;
}

export function requiredDay(value: unknown, field: FieldCode): Day {
  const day = optionalDay(value, field);
  if (day === null) throw apiError('kam/field-required', { field });
  return day;
}

export function oneOf<T extends string>(value: unknown, list: readonly T[], field: FieldCode): T | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || !(list as readonly string[]).includes(value))
    throw apiError('kam/field-bad-choice', { field, value: String(value).slice(0, 80), allowed: list });
  return value as T;
}

export function requiredOneOf<T extends string>(value: unknown, list: readonly T[], field: FieldCode): T {
  const v = oneOf(value, list, field);
  if (v === null) throw apiError('kam/field-required', { field });
  return v;
}

export function optionalId(value: unknown, field: FieldCode): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) throw apiError('kam/field-bad-id', { field });
  return value;
}

export function optionalCents(value: unknown, field: FieldCode): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw apiError('kam/field-bad-cents', { field });
  return value;
}

export function flag(value: unknown, field: FieldCode): boolean {
  if (typeof value !== 'boolean') throw apiError('kam/field-not-flag', { field });
  return value;
}

export function requiredObject(value: unknown, field: FieldCode): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw apiError('kam/field-missing', { field });
  return value as Record<string, unknown>;
}

export function customerCode(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') throw apiError('kam/customer-code-required');
  const code = value.trim(); // SPEC: keyed by its code, trimmed
  if (code.length > MAX_CUSTOMER_CODE) throw apiError('kam/customer-code-too-long', { max: MAX_CUSTOMER_CODE });
  return code;
}
