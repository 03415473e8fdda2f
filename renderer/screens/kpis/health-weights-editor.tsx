// The health weights ('kpi/health-weights' / 'kpi/set-health-weights'): the most each factor may
// take off the score. A weight is saved as soon as its field is left (or Enter pressed); the
// defaults are the backend's own (shared/kam/kpi-types.ts) and can be put back at once.
import { useState } from 'react';
import { DEFAULT_HEALTH_WEIGHTS, HEALTH_FACTORS, type HealthFactor, type HealthWeights } from '../../../shared/kam/kpi-types';
import { invoke } from '../../api';
import { useReportError } from '../../app/errors';
import { kpiExplainedMessages } from '../../components/kpi-explained-messages';
import { useMessages, useSettings } from '../../i18n/settings';
import { kpisMessages } from './kpis-messages';

const texts = (w: HealthWeights) => Object.fromEntries(HEALTH_FACTORS.map((f) => [f, String(w[f])])) as Record<HealthFactor, string>;
const same = (a: HealthWeights, b: HealthWeights) => HEALTH_FACTORS.every((f) => a[f] === b[f]);

export function HealthWeightsEditor({ initial, onSaved }: { initial: HealthWeights; onSaved(weights: HealthWeights): void }) {
  const m = useMessages(kpisMessages);
  // The factors' names as the health table shows them.
  const factors = useMessages(kpiExplainedMessages).factors;
  const { fmt } = useSettings();
  const report = useReportError();
  const [weights, setWeights] = useState(initial);
  const [draft, setDraft] = useState(() => texts(initial));
  const [bad, setBad] = useState<HealthFactor | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const save = async (next: HealthWeights, message: string) => {
    if (same(next, weights)) return;
    try {
      const stored = await invoke('kpi/set-health-weights', { weights: next });
      setWeights(stored);
      setDraft(texts(stored));
      setNotice(message);
      onSaved(stored);
    } catch (e) {
      report(e);
    }
  };
  const commit = (factor: HealthFactor) => {
    // Numbers are typed the way the locale writes them: "12,5" as well as "12.5".
    const value = Number(draft[factor].trim().replace(',', '.'));
    if (draft[factor].trim() === '' || !Number.isFinite(value) || value < 0 || value > 100) {
      setBad(factor);
      return;
    }
    setBad(null);
    void save({ ...weights, [factor]: value }, m.weightsSaved);
  };
  const sum = HEALTH_FACTORS.reduce((s, f) => s + weights[f], 0);

  return (
    <section className="panel kpi-section" aria-labelledby="weights-title">
      <h2 id="weights-title">{m.weightsTitle}</h2>
      <p className="muted">{m.weightsHint}</p>
      <div className="row weights-grid">
        {HEALTH_FACTORS.map((f) => (
          <label key={f} className="field weight-field">
            {factors[f]}
            <input
              inputMode="decimal"
              value={draft[f]}
              aria-label={m.weightFor(factors[f])}
              aria-invalid={bad === f}
              onChange={(e) => setDraft((d) => ({ ...d, [f]: e.target.value }))}
              onBlur={() => commit(f)}
              onKeyDown={(e) => e.key === 'Enter' && commit(f)}
              data-testid={`weight-${f}`}
            />
          </label>
        ))}
      </div>
      {bad && (
        <p className="field-error" role="alert">
          {factors[bad]}: {m.badWeight}
        </p>
      )}
      <div className="row weights-foot">
        <span className="muted">
          {m.total}: {fmt.integer(sum)}
        </span>
        <button type="button" disabled={same(weights, DEFAULT_HEALTH_WEIGHTS)} onClick={() => void save({ ...DEFAULT_HEALTH_WEIGHTS }, m.weightsRestored)} data-testid="weights-defaults">
          {m.restoreDefaults}
        </button>
        {notice && (
          <span className="muted" role="status" data-testid="weights-notice">
            {notice}
          </span>
        )}
      </div>
    </section>
  );
}
