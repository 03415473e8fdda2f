// The ABC-XYZ matrix as a keyboard grid: one tab stop (the active cell), arrow keys move,
// Home/End go to the ends of a row, Enter or Space opens the cell's customers.
import { useRef, useState, type KeyboardEvent } from 'react';
import { CLASS_COLORS } from '../../../shared/analysis/class-colors';
import type { MatrixCell } from '../../../shared/analysis/matrix-types';
import type { Basis } from '../../../shared/analysis/params';
import { treatmentText } from '../../../shared/analysis/treatments';
import { ClassBadge } from '../../components/class-badge';
import { useMessages, useSettings } from '../../i18n/settings';
import { MATRIX_COLS, MATRIX_ROWS, matrixSlots, type MatrixCol, type MatrixRow, type MatrixSlot } from './matrix-layout';
import { matrixMessages } from './matrix-messages';

type Props = { cells: MatrixCell[]; basis: Basis; onOpen(slot: MatrixSlot): void };

const MOVES: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

export function MatrixGrid({ cells, basis, onOpen }: Props) {
  const m = useMessages(matrixMessages);
  const slots = matrixSlots(cells);
  const [pos, setPos] = useState<[number, number]>([0, 0]);
  const refs = useRef<(HTMLDivElement | null)[][]>(MATRIX_ROWS.map(() => []));

  const moveTo = (r: number, c: number) => {
    const row = Math.max(0, Math.min(MATRIX_ROWS.length - 1, r));
    const col = Math.max(0, Math.min(MATRIX_COLS.length - 1, c));
    setPos([row, col]);
    refs.current[row]?.[col]?.focus();
  };

  const onKeyDown = (e: KeyboardEvent, r: number, c: number, slot: MatrixSlot) => {
    const move = MOVES[e.key];
    if (move) moveTo(r + move[0], c + move[1]);
    else if (e.key === 'Home') moveTo(e.ctrlKey ? 0 : r, 0);
    else if (e.key === 'End') moveTo(e.ctrlKey ? MATRIX_ROWS.length - 1 : r, MATRIX_COLS.length - 1);
    else if (e.key === 'Enter' || e.key === ' ') onOpen(slot);
    else return;
    e.preventDefault();
  };

  return (
    <div className="matrix-grid" role="grid" aria-label={m.gridLabel} data-testid="matrix">
      <div role="row" className="matrix-row">
        <span role="columnheader" className="matrix-corner">
          ABC \ XYZ
        </span>
        {MATRIX_COLS.map((xyz) => (
          <ColumnHeader key={xyz ?? 'total'} xyz={xyz} />
        ))}
      </div>
      {slots.map((row, r) => (
        <div role="row" className="matrix-row" key={MATRIX_ROWS[r] ?? 'total'}>
          <RowHeader abc={MATRIX_ROWS[r]!} />
          {row.map((slot, c) => (
            <SlotCell
              key={c}
              slot={slot}
              basis={basis}
              active={pos[0] === r && pos[1] === c}
              cellRef={(el) => {
                refs.current[r]![c] = el;
              }}
              onFocus={() => setPos([r, c])}
              onOpen={() => onOpen(slot)}
              onKeyDown={(e) => onKeyDown(e, r, c, slot)}
            />
          ))}
        </div>
      ))}
    </div>
  );
}

function NewBadge() {
  const { labels } = useSettings();
  const color = CLASS_COLORS.new!;
  return (
    <span className="class-badge" style={{ background: color.fill, color: color.text, borderColor: color.strong }}>
      {labels.xyzNew}
    </span>
  );
}

function XyzBadge({ xyz }: { xyz: MatrixCol }) {
  if (xyz === null) return null;
  return xyz === 'new' ? <NewBadge /> : <ClassBadge value={xyz} />;
}

function ColumnHeader({ xyz }: { xyz: MatrixCol }) {
  const m = useMessages(matrixMessages);
  return (
    <span role="columnheader" className={`matrix-colhead${xyz === 'new' ? ' new' : ''}${xyz === null ? ' total' : ''}`}>
      {xyz === null ? (
        m.total
      ) : (
        <>
          <XyzBadge xyz={xyz} /> <span className="word">{xyz === 'new' ? m.cols.newNote : m.cols[xyz]}</span>
        </>
      )}
    </span>
  );
}

function RowHeader({ abc }: { abc: MatrixRow }) {
  const m = useMessages(matrixMessages);
  return (
    <span role="rowheader" className={`matrix-rowhead${abc === null ? ' total' : ''}`}>
      {abc === null ? (
        m.total
      ) : (
        <>
          <ClassBadge value={abc} /> <span className="word">{m.rows[abc]}</span>
        </>
      )}
    </span>
  );
}

type SlotProps = {
  slot: MatrixSlot;
  basis: Basis;
  active: boolean;
  cellRef(el: HTMLDivElement | null): void;
  onFocus(): void;
  onOpen(): void;
  onKeyDown(e: KeyboardEvent): void;
};

function slotColors(slot: MatrixSlot) {
  const abc = slot.abc ? CLASS_COLORS[slot.abc]! : null;
  const xyz = slot.xyz ? CLASS_COLORS[slot.xyz]! : null;
  return {
    background: abc?.fill ?? xyz?.fill ?? '#ffffff',
    borderLeftColor: (slot.abc && slot.xyz ? xyz?.strong : null) ?? abc?.strong ?? xyz?.strong ?? '#5d6675',
  };
}

function SlotCell({ slot, basis, active, cellRef, onFocus, onOpen, onKeyDown }: SlotProps) {
  const m = useMessages(matrixMessages);
  const { fmt, locale, labels } = useSettings();
  const id = `${slot.abc ?? 'all'}-${slot.xyz ?? 'all'}`;
  const name = slot.cell
    ? `${slot.abc}${slot.xyz === 'new' ? ` ${labels.xyzNew}` : slot.xyz}`
    : slot.abc ?? (slot.xyz === 'new' ? labels.xyzNew : slot.xyz) ?? m.total;
  const count = m.customers(slot.customers);
  const total = slot.cell === null;
  return (
    <div
      role="gridcell"
      ref={cellRef}
      tabIndex={active ? 0 : -1}
      className={`matrix-cell${total ? ' total' : ''}${slot.customers === 0 ? ' empty' : ''}${slot.xyz === 'new' ? ' new' : ''}`}
      style={slotColors(slot)}
      aria-label={m.open(name, `${count}, ${fmt.basis(slot.value, basis)}, ${m.ofTotal(fmt.percent(slot.share))}`)}
      data-testid={`matrix-${id}`}
      data-count={slot.customers}
      onClick={onOpen}
      onFocus={onFocus}
      onKeyDown={onKeyDown}
    >
      <div className="cell-head">
        {slot.abc && <ClassBadge value={slot.abc} />}
        <XyzBadge xyz={slot.xyz} />
        {!slot.abc && !slot.xyz && <span className="cell-name">{m.total}</span>}
        <span className="cell-share">{fmt.percent(slot.share)}</span>
      </div>
      <div className="cell-count">{count}</div>
      <div className="cell-value">{fmt.basis(slot.value, basis)}</div>
      {/* The grand total is net of the customers with a value ≤ 0: it says so (MatrixNetNote below the grid says why). */}
      {slot.abc === null && slot.xyz === null && slot.nonPositiveValue < 0 && (
        <div className="cell-net" data-testid="matrix-total-net">
          {m.net(fmt.basis(slot.nonPositiveValue, basis))}
        </div>
      )}
      {slot.cell && <div className="cell-treatment">{treatmentText(slot.cell, locale)}</div>}
      <div className="share-bar" aria-hidden="true">
        <span style={{ width: `${Math.max(0, Math.min(1, slot.share)) * 100}%` }} />
      </div>
    </div>
  );
}
