// The per-customer results of the run on screen, fetched once and shared by the screens that
// need all of them (customer grid, Pareto): with 50,000 customers that is a large answer, and
// moving between the screens should not fetch it again. A stored run never changes; its id and
// creation time together name it even if an id is reused after a deletion.
import type { RunSummary } from '../../shared/api/analysis-api';
import type { CustomerResult } from '../../shared/analysis/result-types';
import { invoke } from '../api';
import { useApiData, type Loaded } from './use-api-data';

let cached: { key: string; promise: Promise<CustomerResult[]> } | null = null;

const runKey = (run: RunSummary) => `${run.id}|${run.createdAt}`;

export function loadRunResults(run: RunSummary): Promise<CustomerResult[]> {
  const key = runKey(run);
  if (cached?.key !== key) {
    const promise = invoke('analysis/results', { runId: run.id });
    cached = { key, promise };
    // A failed load is not kept: the next visit tries again.
    promise.catch(() => {
      if (cached?.promise === promise) cached = null;
    });
  }
  return cached.promise;
}

/** All customers of the run, in ABC order. */
export function useRunResults(run: RunSummary): Loaded<CustomerResult[]> {
  return useApiData(`results|${runKey(run)}`, () => loadRunResults(run));
}
