// The customers behind one cell of the migration table: code and name, class in each run, and
// the figure of each run's basis in both runs, each column named by its basis and run. Names and values come from the runs' stored results ('analysis/results' by codes); a
// huge cell shows its first customers only, so the screen stays quick at 50,000 customers.
import { useEffect, useState } from 'react';
import type { RunSummary } from '../../../shared/api/analysis-api';
import type { CustomerResult } from '../../../shared/analysis/result-types';
import { basisFigure } from '../../../shared/format/customer-columns';
import { invoke } from '../../api';
import { useReportError } from '../../app/errors';
import { ClassBadge } from '../../components/class-badge';
import { useMessages, useSettings } from '../../i18n/settings';
import { historyMessages } from './history-messages';
import type { MigrationKey } from './migration-table';

const SHOWN = 1000;

type Results = { before: Map<string, CustomerResult>; after: Map<string, CustomerResult> };

/** Largest first, by the newer run's value (the older one's for customers that left). */
function byValue(codes: string[], results: Results): string[] {
  const value = (code: string) => results.after.get(code)?.value ?? results.before.get(code)?.value ?? 0;
  return [...codes].sort((a, b) => value(b) - value(a) || (a < b ? -1 : a > b ? 1 : 0));
}

type Props = { codes: string[]; from: MigrationKey; to: MigrationKey; fromRun: RunSummary; toRun: RunSummary; onClose(): void };

export function MigrationCustomers({ codes, from, to, fromRun, toRun, onClose }: Props) {
  const m = useMessages(historyMessages);
  const { fmt, labels } = useSettings();
  const report = useReportError();
  const [results, setResults] = useState<Results | null>(null);
  const shown = codes.slice(0, SHOWN);
  const key = `${fromRun.id}|${toRun.id}|${shown.join('\u0000')}`;
  useEffect(() => {
    let current = true;
    setResults(null);
    if (shown.length === 0) return;
    const byCode = (list: CustomerResult[]) => new Map(list.map((c) => [c.code, c]));
    Promise.all([
      invoke('analysis/results', { runId: fromRun.id, filter: { codes: shown } }),
      invoke('analysis/results', { runId: toRun.id, filter: { codes: shown } }),
    ]).then(
      ([before, after]) => current && setResults({ before: byCode(before), after: byCode(after) }),
      (e: unknown) => current && report(e),
    );
    return () => {
      current = false;
    };
    // `key` stands for the codes and runs.
  }, [key]);

  const name = (k: MigrationKey) => (k === '-' ? m.absent : k);
  // Like with like: each run's basis shown for both runs (revenue beside revenue, margin beside margin).
  const bases = [...new Set([fromRun.params.basis, toRun.params.basis])];
  return (
    <section className="panel migration-customers" aria-labelledby="migration-customers-title" data-testid="migration-customers">
      <div className="row section-head">
        <h3 id="migration-customers-title" className="grow">
          {m.cellTitle(name(from), name(to), fmt.integer(codes.length))}
        </h3>
        <button type="button" onClick={onClose}>
          {m.close}
        </button>
      </div>
      {codes.length === 0 ? (
        <p className="muted">{m.cellEmpty}</p>
      ) : !results ? (
        <p className="muted">{m.loading}</p>
      ) : (
        <>
          {bases.length > 1 && (
            <p className="muted" data-testid="migration-bases">
              {m.basesDiffer(fromRun.id, labels.bases[fromRun.params.basis].toLowerCase(), toRun.id, labels.bases[toRun.params.basis].toLowerCase())}
            </p>
          )}
          {codes.length > SHOWN && <p className="muted">{m.shownOf(SHOWN, codes.length)}</p>}
          <div className="table-scroll customers-scroll">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{labels.columns.code}</th>
                  <th scope="col">{labels.columns.name}</th>
                  <th scope="col">{m.before(fromRun.id)}</th>
                  <th scope="col">{m.after(toRun.id)}</th>
                  {bases.map((basis) =>
                    [fromRun, toRun].map((run) => (
                      <th key={`${basis}-${run.id}`} scope="col" className="num">
                        {m.figureIn(labels.bases[basis], run.id)}
                      </th>
                    )),
                  )}
                </tr>
              </thead>
              <tbody>
                {byValue(shown, results).map((code) => {
                  const before = results.before.get(code);
                  const after = results.after.get(code);
                  return (
                    <tr key={code}>
                      <td>{code}</td>
                      <td>{after?.name ?? before?.name ?? ''}</td>
                      <td>{before ? <ClassBadge value={before.abc} /> : m.absent}</td>
                      <td>{after ? <ClassBadge value={after.abc} /> : m.absent}</td>
                      {bases.map((basis) =>
                        [before, after].map((c, i) => (
                          <td key={`${basis}-${i}`} className="num">
                            {c ? fmt.basis(basisFigure(c, basis), basis) : '—'}
                          </td>
                        )),
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
