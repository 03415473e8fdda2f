// Choosing a customer by typing (the activity form, the survey answer form, the indicators' customer):
// suggestions for what is typed so far, and the customer a typed code or name means, both asked
// of the portfolio a few rows at a time ('customers/page' with a search), never the whole list.
import type { PortfolioRow } from '../../shared/kam/kam-types';
import { invoke } from '../api';
import { useApiData } from './use-api-data';

/** Suggestions shown under the field. */
const SUGGESTIONS = 20;

export type CustomerChoice = Pick<PortfolioRow, 'code' | 'name' | 'abc'>;

const choice = (r: PortfolioRow): CustomerChoice => ({ code: r.code, name: r.name, abc: r.abc });

/** The customers whose code or name holds every word typed, largest first; the largest ones when nothing is typed. */
export function useCustomerSuggestions(text: string | null): CustomerChoice[] {
  const typed = (text ?? '').trim();
  const found = useApiData(text === null ? null : `suggest|${typed}`, async () =>
    (await invoke('customers/page', { search: typed, limit: SUGGESTIONS })).rows.map(choice),
  );
  return found.data ?? [];
}

/** The customer a code, or a name typed exactly, means; null when none does. */
export async function findCustomer(text: string): Promise<CustomerChoice | null> {
  const typed = text.trim();
  if (typed === '') return null;
  // By code: the exact code sorts first among those that hold it ("C1" before "C10").
  const { rows } = await invoke('customers/page', { search: typed, sort: { key: 'code', desc: false }, limit: 50 });
  const row = rows.find((r) => r.code === typed) ?? rows.find((r) => r.name !== null && r.name.toLowerCase() === typed.toLowerCase());
  return row ? choice(row) : null;
}
