// A field where a customer is chosen by typing its code or name, with the portfolio's suggestions
// for what is typed so far (customer-lookup.ts) in a datalist: the activity form, the survey
// answer form and the indicators' customer.
import type { FocusEventHandler } from 'react';
import { useCustomerSuggestions } from './customer-lookup';

type Props = {
  /** The datalist's id, unique in the page. */
  listId: string;
  value: string;
  onChange: (text: string) => void;
  onBlur?: FocusEventHandler<HTMLInputElement>;
  placeholder: string;
  required?: boolean;
  testId: string;
};

export function CustomerInput({ listId, value, onChange, onBlur, placeholder, required, testId }: Props) {
  const suggestions = useCustomerSuggestions(value);
  return (
    <>
      <input list={listId} value={value} onChange={(e) => onChange(e.target.value)} onBlur={onBlur} placeholder={placeholder} required={required} data-testid={testId} />
      <datalist id={listId}>
        {suggestions.map((r) => (
          <option key={r.code} value={r.code} label={r.name ?? undefined} />
        ))}
      </datalist>
    </>
  );
}
