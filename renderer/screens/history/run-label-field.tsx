// A run's label, typed in place: saved when the field is left or on Enter (Escape puts the
// stored label back); blank removes it.
import { useEffect, useState } from 'react';
import type { RunSummary } from '../../../shared/api/analysis-api';
import { invoke } from '../../api';
import { useReportError } from '../../app/errors';
import { useMessages } from '../../i18n/settings';
import { historyMessages } from './history-messages';

export function RunLabelField({ run, onSaved }: { run: RunSummary; onSaved(): Promise<void> }) {
  const m = useMessages(historyMessages);
  const report = useReportError();
  const [text, setText] = useState(run.label ?? '');
  useEffect(() => setText(run.label ?? ''), [run.label]);
  const save = async () => {
    if (text.trim() === (run.label ?? '')) return;
    try {
      await invoke('analysis/set-label', { runId: run.id, label: text });
      await onSaved();
    } catch (e) {
      setText(run.label ?? '');
      report(e);
    }
  };
  return (
    <input
      className="run-label-input"
      value={text}
      maxLength={80}
      placeholder={m.labelPlaceholder}
      aria-label={m.labelFor(run.id)}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => void save()}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') setText(run.label ?? '');
      }}
      data-testid={`label-${run.id}`}
    />
  );
}
