// The stored runs on the start screen, with a way into the matrix and the exports.
import type { RunSummary } from '../../../shared/api/analysis-api';
import { ExportRunButtons } from '../../components/export-run-buttons';
import { RunTable } from '../../components/run-table';

export function RunsTable({ runs }: { runs: RunSummary[] }) {
  return <RunTable runs={runs} testId="start-runs" actions={(run) => <ExportRunButtons run={run} compact />} />;
}
