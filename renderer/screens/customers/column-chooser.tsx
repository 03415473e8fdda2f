// Show or hide the grid's columns (code and name stay: they are pinned). A <details> popover,
// so it opens and closes from the keyboard like any disclosure.
import { useEffect, useRef } from 'react';
import type { CustomerColumn } from '../../../shared/format/customer-columns';
import { useMessages } from '../../i18n/settings';
import { customersMessages } from './customers-messages';
import { PINNED } from './grid-columns';
import type { useHiddenColumns } from './use-hidden-columns';

type Props = { columns: CustomerColumn[]; state: ReturnType<typeof useHiddenColumns> };

export function ColumnChooser({ columns, state }: Props) {
  const m = useMessages(customersMessages);
  const ref = useRef<HTMLDetailsElement>(null);
  // Close on Escape and on a click elsewhere, as a menu would.
  useEffect(() => {
    const close = (e: Event) => {
      const details = ref.current;
      if (!details?.open) return;
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !details.contains(e.target as Node)) {
        details.open = false;
        if (e instanceof KeyboardEvent) details.querySelector('summary')?.focus();
      }
    };
    document.addEventListener('keydown', close);
    document.addEventListener('mousedown', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('mousedown', close);
    };
  }, []);
  const choosable = columns.filter((c) => !PINNED.has(c.key));
  const shown = choosable.filter((c) => !state.hidden.has(c.key)).length;
  return (
    <details className="column-chooser" ref={ref}>
      <summary className="button">
        {m.columns} ({shown}/{choosable.length})
      </summary>
      <div className="chooser-popover" role="group" aria-label={m.columns}>
        <div className="chooser-actions">
          <button type="button" onClick={state.showAll}>
            {m.showAll}
          </button>
          <button type="button" onClick={state.reset}>
            {m.columnsDefault}
          </button>
        </div>
        <ul>
          {choosable.map((c) => (
            <li key={c.key}>
              <label>
                <input type="checkbox" checked={!state.hidden.has(c.key)} onChange={(e) => state.toggle(c.key, e.target.checked)} />{' '}
                {c.title}
              </label>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
