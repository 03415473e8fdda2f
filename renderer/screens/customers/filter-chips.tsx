// The active filters as chips; each one removes its filter.
import { useMessages, useSettings } from '../../i18n/settings';
import { FILTER_KEYS, hasFilter, type CustomerFilter, type FilterKey } from './customer-filter';
import { customersMessages } from './customers-messages';
import { filterValueText } from './filter-text';

type Props = { filter: CustomerFilter; onRemove(key: FilterKey): void; onClear(): void };

export function FilterChips({ filter, onRemove, onClear }: Props) {
  const m = useMessages(customersMessages);
  const { labels } = useSettings();
  if (!hasFilter(filter)) return null;
  const active = FILTER_KEYS.filter((k) => filter[k] !== undefined);
  return (
    <div className="filter-chips" role="group" aria-label={m.activeFilters} data-testid="filter-chips">
      <span className="muted">{m.activeFilters}:</span>
      {active.map((key) => {
        const text = `${m.filters[key]}: ${filterValueText(key, filter[key]!, labels, m)}`;
        return (
          <button type="button" className="chip" key={key} onClick={() => onRemove(key)} aria-label={m.removeFilter(text)} data-testid={`chip-${key}`}>
            {text} <span aria-hidden="true">×</span>
          </button>
        );
      })}
      {active.length > 1 && (
        <button type="button" className="chip clear" onClick={onClear}>
          {m.clearFilters}
        </button>
      )}
    </div>
  );
}
