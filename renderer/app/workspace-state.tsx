// What most screens share: the stored runs, the current analysis and the one being looked at
// (the route's `run`, or the current one), reloaded after a run, an import or a deletion.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { RunSummary } from '../../shared/api/analysis-api';
import type { BatchSummary } from '../../shared/api/import-api';
import { invoke } from '../api';
import type { Route } from './router';

export type WorkspaceState = {
  runs: RunSummary[];
  batches: BatchSummary[];
  /** The run the screens show: `?run=` of the route, else the current analysis. */
  run: RunSummary | null;
  /** The workspace's current analysis: the run the key-account screens use. */
  current: RunSummary | null;
  loading: boolean;
  reload(): Promise<void>;
};

const WorkspaceContext = createContext<WorkspaceState | null>(null);

export function WorkspaceProvider({ route, children }: { route: Route; children: ReactNode }) {
  const [runs, setRuns] = useState<RunSummary[]>([]);
  const [batches, setBatches] = useState<BatchSummary[]>([]);
  const [loading, setLoading] = useState(true);
  const reload = useCallback(async () => {
    const [r, b] = await Promise.all([invoke('analysis/runs', {}), invoke('import/batches', {})]);
    setRuns(r);
    setBatches(b);
    setLoading(false);
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  const runId = Number(route.params.run);
  const value = useMemo<WorkspaceState>(
    () => {
      const current = runs.find((r) => r.current) ?? null;
      return { runs, batches, run: runs.find((r) => r.id === runId) ?? current ?? runs[0] ?? null, current, loading, reload };
    },
    [runs, batches, runId, loading, reload],
  );
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

export function useWorkspace(): WorkspaceState {
  const w = useContext(WorkspaceContext);
  if (!w) throw new Error('useWorkspace outside WorkspaceProvider');
  return w;
}
