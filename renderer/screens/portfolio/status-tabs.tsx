// The portfolio by status (seed 003: prospect, active, inactive, plus at risk and lost): a
// segmented control with the count of each status under the other filters.
import { STATUSES, type Status } from '../../../shared/analysis/result-types';
import { useMessages, useSettings } from '../../i18n/settings';
import { portfolioMessages } from './portfolio-messages';

type Props = { counts: Record<Status, number>; value: Status | null; onChange(status: Status | null): void };

export function StatusTabs({ counts, value, onChange }: Props) {
  const total = STATUSES.reduce((s, k) => s + counts[k], 0);
  const m = useMessages(portfolioMessages);
  const { fmt, labels } = useSettings();
  const tab = (status: Status | null, label: string, count: number) => (
    <button
      key={status ?? 'all'}
      type="button"
      role="tab"
      aria-selected={value === status}
      className={value === status ? 'tab current' : 'tab'}
      onClick={() => onChange(status)}
      data-testid={`status-${status ?? 'all'}`}
    >
      {label} <span className="tab-count">{fmt.integer(count)}</span>
    </button>
  );
  return (
    <div className="status-tabs" role="tablist" aria-label={m.statusViews}>
      {tab(null, m.allStatuses, total)}
      {STATUSES.map((s) => tab(s, labels.status[s], counts[s]))}
    </div>
  );
}
