// Class migration between two stored runs: a transition table with the customers behind each cell.
import type { MigrationTable } from './matrix-types';
import type { AbcClass } from './result-types';

const KEYS: (AbcClass | '-')[] = ['A', 'B', 'C', '-'];

export function migration(
  fromRunId: number,
  from: Map<string, AbcClass>,
  toRunId: number,
  to: Map<string, AbcClass>,
): MigrationTable {
  const cells: MigrationTable['cells'] = [];
  for (const f of KEYS) for (const t of KEYS) if (!(f === '-' && t === '-')) cells.push({ from: f, to: t, customers: [] });
  const byKey = new Map(cells.map((c) => [`${c.from}${c.to}`, c.customers]));
  const codes = new Set([...from.keys(), ...to.keys()]);
  for (const code of [...codes].sort()) byKey.get(`${from.get(code) ?? '-'}${to.get(code) ?? '-'}`)!.push(code);
  return { fromRunId, toRunId, cells };
}
