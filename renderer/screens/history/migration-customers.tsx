// The customers behind one cell of the migration table: code and name, class and value in each
// run. Names and values come from the runs' stored results ('analysis/results' by codes); a
// huge cell shows its first customers only, so the screen stays quick at 50,000 customers.
import { useEffect, useState } from 'react';
import type { RunSummary } from '../../../shared/api/analysis-api';
import type { CustomerResult } from '../../../shared/analysis/result-types';
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
          {codes.length > SHOWN && <p className="muted">{m.shownOf(SHOWN, codes.length)}</p>}
          <div className="table-scroll customers-scroll">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{labels.columns.code}</th>
                  <th scope="col">{labels.columns.name}</th>
                  <th scope="col">{m.before(fromRun.id)}</th>
                  <th scope="col">{m.after(toRun.id)}</th>
                  <th scope="col" className="num">{m.valueIn(fromRun.id)}</th>
                  <th scope="col" className="num">{m.valueIn(toRun.id)}</th>
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
                      <td className="num">{before ? fmt.basis(before.value, fromRun.params.basis) : '—'}</td>
                      <td className="num">{after ? fmt.basis(after.value, toRun.params.basis) : '—'}</td>
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
