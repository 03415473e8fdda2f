// The fields of the parameters form, grouped as an analyst thinks of them: the window, the ABC
// curve, the XYZ regularity and the customer status.
import { BASES, CLASSIC_XYZ, DEFAULT_PARAMS, PERIODS, XYZ_MEASURES } from '../../../shared/analysis/params';
import { useMessages, useSettings } from '../../i18n/settings';
import { analysisMessages } from './analysis-messages';
import { numberText, type FormField, type ParamsForm } from './params-form';

type Props = { form: ParamsForm; unreadable: FormField[]; onChange(patch: Partial<ParamsForm>): void };

export function ParamsFields({ form, unreadable, onChange }: Props) {
  const m = useMessages(analysisMessages);
  const { labels, loc } = useSettings();
  const p = labels.params;
  const num = (field: Exclude<FormField, 'from' | 'to'>, label: string, hint?: string) => (
    <label className="field" key={field}>
      {label}
      <input
        type="text"
        inputMode="decimal"
        value={form[field]}
        onChange={(e) => onChange({ [field]: e.target.value })}
        aria-invalid={unreadable.includes(field) || undefined}
        data-testid={`param-${field}`}
        size={8}
      />
      {hint && <span className="hint">{hint}</span>}
    </label>
  );
  const preset = (x: number, y: number) => onChange({ x: numberText(x, loc.decimal, true), y: numberText(y, loc.decimal, true) });
  const two = (n: number) => numberText(n, loc.decimal, true);
  return (
    <div className="params-grid">
      <fieldset className="panel">
        <legend>{m.window}</legend>
        {(['from', 'to'] as const).map((field) => (
          // Text in the user's notation rather than <input type=date>, whose format follows the
          // browser's language instead of the one chosen in Clave.
          <label className="field" key={field}>
            {m[field]}
            <input
              type="text"
              inputMode="numeric"
              value={form[field]}
              placeholder={m.datePattern}
              onChange={(e) => onChange({ [field]: e.target.value })}
              aria-invalid={unreadable.includes(field) || undefined}
              data-testid={`param-${field}`}
              size={12}
            />
          </label>
        ))}
        <label className="field">
          {p.period}
          <select value={form.period} onChange={(e) => onChange({ period: PERIODS.find((k) => k === e.target.value) ?? 'month' })} data-testid="param-period">
            {PERIODS.map((k) => (
              <option key={k} value={k}>
                {labels.periods[k]}
              </option>
            ))}
          </select>
        </label>
        <span className="hint">{m.windowHint}</span>
      </fieldset>
      <fieldset className="panel">
        <legend>{m.abc}</legend>
        <label className="field">
          {p.basis}
          <select value={form.basis} onChange={(e) => onChange({ basis: BASES.find((k) => k === e.target.value) ?? 'revenue' })} data-testid="param-basis">
            {BASES.map((k) => (
              <option key={k} value={k}>
                {labels.bases[k]}
              </option>
            ))}
          </select>
        </label>
        {num('a', p.a, m.aHint)}
        {num('b', p.b, m.bHint)}
      </fieldset>
      <fieldset className="panel">
        <legend>{m.xyz}</legend>
        <label className="field">
          {p.xyzMeasure}
          <select
            value={form.xyzMeasure}
            onChange={(e) => onChange({ xyzMeasure: XYZ_MEASURES.find((k) => k === e.target.value) ?? 'revenue' })}
            data-testid="param-xyz-measure"
          >
            {XYZ_MEASURES.map((k) => (
              <option key={k} value={k}>
                {labels.bases[k]}
              </option>
            ))}
          </select>
        </label>
        {num('x', p.x)}
        {num('y', p.y, m.xyHint)}
        <div className="row presets">
          <button type="button" onClick={() => preset(CLASSIC_XYZ.x, CLASSIC_XYZ.y)} data-testid="preset-classic">
            {m.classic(two(CLASSIC_XYZ.x), two(CLASSIC_XYZ.y))}
          </button>
          <button type="button" onClick={() => preset(DEFAULT_PARAMS.x, DEFAULT_PARAMS.y)} data-testid="preset-default">
            {m.standard(two(DEFAULT_PARAMS.x), two(DEFAULT_PARAMS.y))}
          </button>
        </div>
        {num('minPeriods', p.minPeriods, m.minHint)}
      </fieldset>
      <fieldset className="panel">
        <legend>{m.status}</legend>
        {num('inactiveDays', p.inactiveDays)}
        {num('lostDays', p.lostDays)}
      </fieldset>
      <fieldset className="panel">
        <legend>{m.prediction}</legend>
        {num('discount', m.discountPercent, m.discountHint)}
      </fieldset>
    </div>
  );
}
