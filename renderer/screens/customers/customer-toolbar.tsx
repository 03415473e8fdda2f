// Above the grid: a select per filter (class, status, seller, segment, signal), the quick
// search, the count of rows shown and the column chooser.
import { useMemo } from 'react';
import type { CustomerResult } from '../../../shared/analysis/result-types';
import { ABC_CLASSES, STATUSES, XYZ_CLASSES } from '../../../shared/analysis/result-types';
import type { CustomerColumn } from '../../../shared/format/customer-columns';
import { useMessages, useSettings } from '../../i18n/settings';
import { ColumnChooser } from './column-chooser';
import { ALIVE_CHOICES, distinctValues, SIGNAL_CHOICES, type CustomerFilter, type FilterKey } from './customer-filter';
import { customersMessages } from './customers-messages';
import { filterValueText } from './filter-text';
import type { useHiddenColumns } from './use-hidden-columns';

type Props = {
  rows: CustomerResult[];
  filter: CustomerFilter;
  onFilter(key: FilterKey, value: string | undefined): void;
  search: string;
  onSearch(text: string): void;
  shown: number;
  columns: CustomerColumn[];
  hiddenColumns: ReturnType<typeof useHiddenColumns>;
};

export function CustomerToolbar({ rows, filter, onFilter, search, onSearch, shown, columns, hiddenColumns }: Props) {
  const m = useMessages(customersMessages);
  const { labels, locale } = useSettings();
  const sellers = useMemo(() => distinctValues(rows, 'seller', locale), [rows, locale]);
  const segments = useMemo(() => distinctValues(rows, 'segment', locale), [rows, locale]);
  const options: Record<FilterKey, string[]> = {
    abc: ABC_CLASSES,
    xyz: [...XYZ_CLASSES, 'new'],
    status: STATUSES,
    seller: sellers,
    segment: segments,
    signal: SIGNAL_CHOICES,
    alive: [...ALIVE_CHOICES],
  };
  return (
    <div className="customer-toolbar">
      <label className="field search">
        {m.search}
        <input
          type="search"
          value={search}
          placeholder={m.searchPlaceholder}
          onChange={(e) => onSearch(e.target.value)}
          data-testid="customer-search"
        />
      </label>
      {(Object.keys(options) as FilterKey[]).map((key) =>
        options[key].length === 0 ? null : (
          <label className="field" key={key}>
            {m.filters[key]}
            <select
              value={filter[key] ?? ''}
              onChange={(e) => onFilter(key, e.target.value || undefined)}
              data-testid={`filter-${key}`}
            >
              <option value="">{m.all}</option>
              {options[key].map((v) => (
                <option key={v} value={v}>
                  {filterValueText(key, v, labels, m)}
                </option>
              ))}
            </select>
          </label>
        ),
      )}
      {/* The count and the chooser stay together at the row's right end, also when the row wraps:
          the chooser's list opens leftwards from there and so stays on the screen. */}
      <span className="toolbar-end">
        <span className="shown-count" role="status" data-testid="shown-count" data-shown={shown} data-total={rows.length}>
          {m.shown(shown, rows.length)}
        </span>
        <ColumnChooser columns={columns} state={hiddenColumns} />
      </span>
    </div>
  );
}
