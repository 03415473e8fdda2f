// A customer's status as a coloured pill with its label (the colour never alone).
import type { Status } from '../../../shared/analysis/result-types';
import { useSettings } from '../../i18n/settings';
import './status-pill.css';

export function StatusPill({ status }: { status: Status }) {
  const { labels } = useSettings();
  return <span className={`status-pill status-${status.replace(' ', '-')}`}>{labels.status[status]}</span>;
}
