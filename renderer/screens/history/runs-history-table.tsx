// Every stored run with its window and parameters, a box to pick it for comparison, its label,
// and the way to open it, make it the current analysis or delete it.
import type { RunSummary } from '../../../shared/api/analysis-api';
import { ConfirmButton } from '../../components/confirm-button';
import { RunTable } from '../../components/run-table';
import { useMessages } from '../../i18n/settings';
import { historyMessages } from './history-messages';
import { RunLabelField } from './run-label-field';

type Props = {
  runs: RunSummary[];
  selected: number[];
  onToggle(runId: number): void;
  onDelete(runId: number): Promise<void>;
  onMakeCurrent(runId: number): Promise<void>;
  onLabelSaved(): Promise<void>;
};

export function RunsHistoryTable({ runs, selected, onToggle, onDelete, onMakeCurrent, onLabelSaved }: Props) {
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
        labelCell={(run) => <RunLabelField run={run} onSaved={onLabelSaved} />}
        actions={(run) => (
          <>
            {!run.current && (
              <>
                <button type="button" onClick={() => void onMakeCurrent(run.id)} title={m.makeCurrentTitle(run.id)} data-testid={`make-current-${run.id}`}>
                  {m.makeCurrent}
                </button>{' '}
              </>
            )}
            <ConfirmButton question={m.removeQuestion(run.id)} confirm={m.removeConfirm} onConfirm={() => onDelete(run.id)} testId={`delete-${run.id}`}>
              {m.remove}
            </ConfirmButton>
          </>
        )}
      />
    </div>
  );
}
