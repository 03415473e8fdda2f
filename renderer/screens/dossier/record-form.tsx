// A small form for one dossier record (a person, an entry, an objective…), described by its
// fields, and a table row that shows a record and turns into that form to edit it.
import { useState, type FormEvent, type ReactNode } from 'react';
import { ConfirmButton } from '../../components/confirm-button';
import { useMessages, useSettings } from '../../i18n/settings';
import { dossierMessages } from './dossier-messages';
import { dayProblemText, isDayProblem, readDayText } from '../../components/day-text';
import type { FormValues } from './form-values';

export type FieldSpec = {
  key: string;
  label: string;
  type?: 'text' | 'email' | 'tel' | 'date' | 'textarea' | 'select' | 'money';
  /** For selects: [value, label]; the value '' means "none". */
  options?: [string, string][];
  required?: boolean;
  /** Shown only when this returns true for the values being typed (e.g. outcome for proposals). */
  when?(values: FormValues): boolean;
};

type FormProps = {
  fields: FieldSpec[];
  initial: FormValues;
  submitLabel: string;
  /** Resolves true when saved: a new-record form then starts over. */
  onSubmit(values: FormValues): Promise<boolean>;
  onCancel?(): void;
  testId?: string;
};

export function RecordForm({ fields, initial, submitLabel, onSubmit, onCancel, testId }: FormProps) {
  const m = useMessages(dossierMessages);
  const [values, setValues] = useState<FormValues>(initial);
  const [busy, setBusy] = useState(false);
  const [badDate, setBadDate] = useState<{ key: string; text: string } | null>(null);
  const { locale } = useSettings();
  const set = (key: string, value: string) => setValues((v) => ({ ...v, [key]: value }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    // The first date that is not a day, and why (shown under its field).
    const bad = fields
      .filter((f) => f.type === 'date' && (!f.when || f.when(values)))
      .map((f) => ({ key: f.key, reading: readDayText(values[f.key], locale) }))
      .find((f) => isDayProblem(f.reading));
    setBadDate(bad && isDayProblem(bad.reading) ? { key: bad.key, text: dayProblemText(bad.reading, locale) } : null);
    if (bad) return;
    setBusy(true);
    const saved = await onSubmit(values);
    setBusy(false);
    if (saved && !onCancel) setValues(initial);
  };
  return (
    <form className="record-form no-print" onSubmit={submit} data-testid={testId}>
      {fields
        .filter((f) => !f.when || f.when(values))
        .map((f) => {
          const common = {
            value: values[f.key] ?? '',
            required: f.required,
            'data-field': f.key,
          };
          let input: ReactNode;
          if (f.type === 'select')
            input = (
              <select {...common} onChange={(e) => set(f.key, e.target.value)}>
                {(f.options ?? []).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            );
          else if (f.type === 'textarea') input = <textarea {...common} rows={2} onChange={(e) => set(f.key, e.target.value)} />;
          else
            input = (
              <input
                {...common}
                type={f.type === 'money' || f.type === 'date' ? 'text' : (f.type ?? 'text')}
                inputMode={f.type === 'money' ? 'decimal' : undefined}
                placeholder={f.type === 'date' ? m.record.datePlaceholder : undefined}
                aria-invalid={badDate?.key === f.key || undefined}
                className={f.type === 'money' ? 'num' : f.type === 'date' ? 'date' : undefined}
                onChange={(e) => set(f.key, e.target.value)}
              />
            );
          return (
            <label key={f.key} className={`field field-${f.type ?? 'text'}`}>
              {f.label}
              {input}
              {badDate?.key === f.key && (
                <span className="field-error" role="alert" data-testid={`date-problem-${f.key}`}>
                  {badDate.text}
                </span>
              )}
            </label>
          );
        })}
      <div className="record-form-buttons">
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {m.record.cancel}
          </button>
        )}
      </div>
    </form>
  );
}

type RowProps = {
  /** The record's cells, as text (they print as they show). */
  cells: ReactNode[];
  fields: FieldSpec[];
  initial: FormValues;
  onSave(values: FormValues): Promise<boolean>;
  onDelete(): Promise<void>;
  /** False in the read-only dossiers (printing all A customers). */
  editable: boolean;
  /** Indexes of the cells holding numbers (right-aligned). */
  numeric?: number[];
  testId?: string;
  className?: string;
};

export function RecordRow({ cells, fields, initial, onSave, onDelete, editable, numeric = [], testId, className }: RowProps) {
  const m = useMessages(dossierMessages);
  const [editing, setEditing] = useState(false);
  if (editing)
    return (
      <tr className="editing">
        <td colSpan={cells.length + 1}>
          <RecordForm
            fields={fields}
            initial={initial}
            submitLabel={m.record.save}
            onSubmit={async (v) => {
              const saved = await onSave(v);
              if (saved) setEditing(false);
              return saved;
            }}
            onCancel={() => setEditing(false)}
          />
        </td>
      </tr>
    );
  return (
    <tr data-testid={testId} className={className}>
      {cells.map((c, i) => (
        <td key={i} className={numeric.includes(i) ? 'num' : undefined}>
          {c}
        </td>
      ))}
      {editable && (
        <td className="row-buttons no-print">
          <button type="button" onClick={() => setEditing(true)}>
            {m.record.edit}
          </button>{' '}
          <ConfirmButton question={m.record.removeQuestion} confirm={m.record.removeConfirm} onConfirm={onDelete} testId={testId && `${testId}-delete`}>
            {m.record.remove}
          </ConfirmButton>
        </td>
      )}
    </tr>
  );
}
