// Choosing a customer by typing (the survey answer form): suggestions for what is typed so far,
// and the customer a typed code or name means. Read from the portfolio ('customers/list');
// the "scale" work reads it a page at a time behind these same two functions.
import type { PortfolioRow } from '../../shared/kam/kam-types';
import { invoke } from '../api';
import { useApiData } from './use-api-data';

/** Suggestions shown under the field. */
const SUGGESTIONS = 20;

export type CustomerChoice = Pick<PortfolioRow, 'code' | 'name' | 'abc'>;

const choice = (r: PortfolioRow): CustomerChoice => ({ code: r.code, name: r.name, abc: r.abc });
const fold = (t: string) => t.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The customers whose code or name holds every word typed; the first ones when nothing is typed. */
export function useCustomerSuggestions(text: string | null): CustomerChoice[] {
  const all = useApiData(text === null ? null : 'customers', () => invoke('customers/list', {}));
  const words = fold((text ?? '').trim()).split(/\s+/).filter(Boolean);
  return (all.data ?? [])
    .filter((r) => words.every((w) => fold(`${r.code} ${r.name ?? ''}`).includes(w)))
    .slice(0, SUGGESTIONS)
    .map(choice);
}

/** The customer a code, or a name typed exactly, means; null when none does. */
export async function findCustomer(text: string): Promise<CustomerChoice | null> {
  const typed = text.trim();
  if (typed === '') return null;
  const rows = await invoke('customers/list', {});
  const row = rows.find((r) => r.code === typed) ?? rows.find((r) => r.name !== null && r.name.toLowerCase() === typed.toLowerCase());
  return row ? choice(row) : null;
}
