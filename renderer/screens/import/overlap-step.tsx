// Before importing into a workspace that holds sales: how many of the file's lines are already
// stored and for which dates, what "replace" would remove (how many lines, which dates, from which
// batches), and the choice of rule, skip selected (SPEC "Overlapping exports"). The sheets of a
// workbook imported as one batch are consecutive exports: a line of a later sheet identical to
// one of an earlier sheet counts as already stored (the step says so).
import { useState } from 'react';
import type { OverlapMode, OverlapPreview } from '../../../shared/api/import-api';
import { OVERLAP_MODES } from '../../../shared/api/import-api';
import { dayOfIso } from '../../../shared/domain/calendar';
import { useMessages, useSettings } from '../../i18n/settings';
import { overlapMessages } from './overlap-messages';

type Props = {
  found: OverlapPreview;
  /** The sheets the import reads, in order, when more than one: each meets the sheets before it. */
  sheets: string[];
  onImport(rule: OverlapMode): void;
  onBack(): void;
};

export function OverlapStep({ found, sheets, onImport, onBack }: Props) {
  const m = useMessages(overlapMessages);
  const { fmt } = useSettings();
  const [rule, setRule] = useState<OverlapMode>('skip');
  const day = (iso: string) => fmt.day(dayOfIso(iso));
  const { replace } = found;
  return (
    <section className="panel overlap-step" aria-labelledby="overlap-title" data-testid="overlap">
      <h2 id="overlap-title">{m.title}</h2>
      {sheets.length > 1 && (
        <p data-testid="overlap-sheets">{m.sheetsInOrder(sheets.length, sheets.join(', '))}</p>
      )}
      <p>
        {m.fileLines(found.fileName, found.lines, fmt.integer(found.lines), found.from === null ? '' : day(found.from), found.to === null ? '' : day(found.to))}{' '}
        {found.alreadyStored === 0 && <span data-testid="overlap-stored">{m.noneStored}</span>}
      </p>
      {found.alreadyStored > 0 && (
        <>
          <p data-testid="overlap-stored">{m.stored(found.alreadyStored, fmt.integer(found.alreadyStored))}</p>
          <ul className="overlap-list" data-testid="overlap-dates">
            {found.storedDates.map((r) => (
              <li key={r.from}>{m.range(day(r.from), day(r.to), r.lines, fmt.integer(r.lines))}</li>
            ))}
          </ul>
        </>
      )}
      <fieldset className="overlap-rules">
        <legend>{m.question}</legend>
        {OVERLAP_MODES.map((mode) => (
          <label key={mode} className={`overlap-rule${rule === mode ? ' chosen' : ''}`}>
            <input type="radio" name="overlap-rule" value={mode} checked={rule === mode} onChange={() => setRule(mode)} data-testid={`overlap-${mode}`} />
            <span>
              <strong>{m.rules[mode].label}</strong>
              {mode === 'skip' && <span className="muted"> · {m.recommended}</span>}
              <br />
              <span className="muted">{m.rules[mode].hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {rule === 'replace' && (
        <div className="notice warning" role="status" data-testid="overlap-plan">
          {replace.lines === 0 || replace.from === null || replace.to === null ? (
            m.replaceNothing
          ) : (
            <>
              {m.replaceWill(replace.lines, fmt.integer(replace.lines), day(replace.from), day(replace.to))}
              <ul className="overlap-list">
                {replace.batches.map((b) => (
                  <li key={b.id}>{m.batch(b.id, b.sheet ? `${b.fileName} · ${b.sheet}` : b.fileName, b.lines, fmt.integer(b.lines), day(b.from), day(b.to))}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <div className="row actions">
        <button type="button" className="primary" autoFocus onClick={() => onImport(rule)} data-testid="overlap-import">
          {m.importButton}
        </button>
        <button type="button" onClick={onBack}>
          {m.back}
        </button>
      </div>
    </section>
  );
}
