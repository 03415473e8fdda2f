// The class-migration table between two runs: rows are the class in the older run, columns the
// class in the newer one ('-' = not in that run). Each count is a button (Enter/Space opens its
// customers) and the arrow keys move between the cells as in a spreadsheet.
import type { KeyboardEvent } from 'react';
import type { MigrationKey, MigrationTable as Migration } from '../../../shared/analysis/matrix-types';
import { ClassBadge } from '../../components/class-badge';
import { useMessages, useSettings } from '../../i18n/settings';
import { historyMessages } from './history-messages';

export type { MigrationKey };
export const MIGRATION_KEYS: MigrationKey[] = ['A', 'B', 'C', '-'];

type Props = {
  table: Migration;
  selected: { from: MigrationKey; to: MigrationKey } | null;
  onSelect(from: MigrationKey, to: MigrationKey): void;
};

/** Moves the focus to the next cell in the arrow's direction, skipping the one that does not exist. */
function moveFocus(e: KeyboardEvent<HTMLTableElement>) {
  const step = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] }[e.key];
  const target = e.target as HTMLElement;
  if (!step || target.dataset.r === undefined) return;
  let r = Number(target.dataset.r);
  let c = Number(target.dataset.c);
  for (;;) {
    r += step[0]!;
    c += step[1]!;
    if (r < 0 || c < 0 || r >= MIGRATION_KEYS.length || c >= MIGRATION_KEYS.length) return;
    const next = e.currentTarget.querySelector<HTMLButtonElement>(`button[data-r="${r}"][data-c="${c}"]`);
    if (next) {
      e.preventDefault();
      next.focus();
      return;
    }
  }
}

export function MigrationTable({ table, selected, onSelect }: Props) {
  const m = useMessages(historyMessages);
  const { fmt } = useSettings();
  const count = (from: MigrationKey, to: MigrationKey) => table.cells.find((c) => c.from === from && c.to === to)?.customers;
  const head = (k: MigrationKey) =>
    k === '-' ? (
      <span title={m.absentHint}>{m.absent}</span>
    ) : (
      <ClassBadge value={k} />
    );
  const name = (k: MigrationKey) => (k === '-' ? m.absent : k);
  return (
    <table className="data migration" onKeyDown={moveFocus} data-testid="migration">
      <thead>
        <tr>
          <th scope="col" className="corner">
            {m.before(table.fromRunId)} ↓ · {m.after(table.toRunId)} →
          </th>
          {MIGRATION_KEYS.map((k) => (
            <th key={k} scope="col" className="num">
              {head(k)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {MIGRATION_KEYS.map((from, r) => (
          <tr key={from}>
            <th scope="row">{head(from)}</th>
            {MIGRATION_KEYS.map((to, c) => {
              const n = count(from, to);
              if (n === undefined) return <td key={to} />;
              const isSelected = selected?.from === from && selected.to === to;
              const kind = from === to ? 'same' : from === '-' || to === '-' ? 'edge' : from < to ? 'down' : 'up';
              return (
                <td key={to} className={`num cell-${kind} ${n === 0 ? 'zero' : ''}`}>
                  <button
                    type="button"
                    data-r={r}
                    data-c={c}
                    aria-pressed={isSelected}
                    aria-label={m.cellLabel(name(from), name(to), n)}
                    onClick={() => onSelect(from, to)}
                    data-testid={`migration-${from}-${to}`}
                  >
                    {fmt.integer(n)}
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
