// Every stored run with its window and parameters, a box to pick it for comparison, and the
// way to open or delete it.
import type { RunSummary } from '../../../shared/api/analysis-api';
import { ConfirmButton } from '../../components/confirm-button';
import { RunTable } from '../../components/run-table';
import { useMessages } from '../../i18n/settings';
import { historyMessages } from './history-messages';

type Props = { runs: RunSummary[]; selected: number[]; onToggle(runId: number): void; onDelete(runId: number): Promise<void> };

export function RunsHistoryTable({ runs, selected, onToggle, onDelete }: Props) {
  const m = useMessages(historyMessages);
  return (
    <div className="table-scroll">
      <RunTable
        runs={runs}
        testId="history-runs"
        xyz
        rowClass={(run) => (selected.includes(run.id) ? 'selected' : undefined)}
        lead={{
          header: m.compare,
          cell: (run) => (
            <input
              type="checkbox"
              checked={selected.includes(run.id)}
              onChange={() => onToggle(run.id)}
              aria-label={m.compareLabel(run.id)}
              data-testid={`compare-${run.id}`}
            />
          ),
        }}
        actions={(run) => (
          <ConfirmButton question={m.removeQuestion(run.id)} confirm={m.removeConfirm} onConfirm={() => onDelete(run.id)} testId={`delete-${run.id}`}>
            {m.remove}
          </ConfirmButton>
        )}
      />
    </div>
  );
}
