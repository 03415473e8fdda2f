// The ABC-XYZ matrix as a table: the nine cells and the "new" row, each with its customers,
// value, share and recommended treatment in the chosen language.
import type { MatrixCell } from '../analysis/matrix-types';
import type { Basis } from '../analysis/params';
import { treatmentText } from '../analysis/treatments';
import { basisKind, type TableColumn } from './customer-columns';
import type { Labels } from './labels';
import type { LocaleFormat } from './locale';

export function matrixColumns(basis: Basis, labels: Labels, loc: LocaleFormat): TableColumn<MatrixCell>[] {
  const t = labels.columns;
  return [
    { key: 'cell', title: labels.matrix.cell, kind: 'text', width: 10, value: (m) => (m.xyz ? `${m.abc}${m.xyz}` : `${m.abc} (${labels.xyzNew})`) },
    { key: 'abc', title: t.abc, kind: 'class', width: 6, value: (m) => m.abc },
    { key: 'xyz', title: t.xyz, kind: 'class', width: 7, value: (m) => m.xyz ?? 'new' },
    { key: 'customers', title: labels.matrix.customers, kind: 'integer', width: 10, value: (m) => m.customers },
    { key: 'value', title: `${t.value} (${labels.bases[basis].toLowerCase()})`, kind: basisKind(basis), width: 18, value: (m) => m.value },
    { key: 'share', title: t.share, kind: 'percent', width: 12, value: (m) => m.share },
    { key: 'treatment', title: labels.matrix.treatment, kind: 'text', width: 80, value: (m) => treatmentText(m.treatment, loc.tag) },
  ];
}
