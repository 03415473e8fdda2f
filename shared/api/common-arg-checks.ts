// Checks several features' arguments share, and the size limits they enforce (docs/decisions.md).
// A limit here bounds what any caller may send, well above what a screen sends or a user types:
// the handlers keep their own, tighter rules (a tag of 60 characters, a note of 20,000) with a
// message naming the field, so that a person always reads that message, never `bad-request`.
import { boolean, number, object, optional, text, type Check } from './arg-checks';

export const LIMITS = {
  /** A customer code, a file id, a run label, a name, a search: anything typed in one line. */
  line: 1_000,
  /** A note or a comment: well above the 20,000 characters a customer's notes may hold. */
  note: 100_000,
  /** A path typed or chosen (PATH_MAX on Linux is 4,096). */
  path: 4_096,
  /** Customer codes in one call (the migration drill-down asks for the customers of a cell). */
  codes: 250_000,
  /** Tags on a customer (the rule allows 50). */
  tags: 1_000,
} as const;

/** One line of text (a code, a name, a title, a search). */
export const line = text(LIMITS.line);
/** A note, a comment, a free text. */
export const note = text(LIMITS.note);
/** A file named by the host (a dialog's answer, an upload): an opaque id. */
export const fileId = text(LIMITS.line);
/**
 * A number: any finite one. Whether it is whole and in range (a day, days ahead, months, a
 * threshold, cents) is the handler's rule, worded for the person who typed it.
 */
export const numeric = number();

/**
 * The fields of a page's request (paging.ts), to spread into an argument's object: the slice and
 * the search checked for their type (checkPage checks their range), the sort's key by `sortKey`.
 */
export const pageFields = <K extends string>(sortKey: Check<K>) => ({
  offset: optional(numeric),
  limit: optional(numeric),
  sort: optional(object({ key: sortKey, desc: boolean })),
  search: optional(line),
});
