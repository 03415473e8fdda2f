// The "effective value" of a field the import fills and the user may override (customer name,
// seller, segment, region). Decision: effective = the user's edit ?? the imported value; a NULL
// edit means "use the imported value", so clearing an edit goes back to what the import says.
import type { Editable } from './kam-types';

export function editable<T>(imported: T, edit: T | null): Editable<T> {
  return edit === null ? { value: imported, imported, edited: false } : { value: edit, imported, edited: true };
}

/** The effective value alone (portfolio rows, tables). */
export function effective<T>(imported: T, edit: T | null): T {
  return edit ?? imported;
}
