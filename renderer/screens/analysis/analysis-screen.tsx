// Analysis parameters: prefilled (window from the latest sales, or ending on the route's `to`;
// parameters from the run the user came from, else the defaults), checked live by the engine's own rules, then
// "Rodar análise" → the new run's matrix.
import { useEffect, useState, type FormEvent } from 'react';
import type { AnalysisDefaults } from '../../../shared/api/analysis-api';
import { fromApiError } from '../../../shared/api/errors';
import { paramProblems } from '../../../shared/analysis/params';
import { dayOfIso } from '../../../shared/domain/calendar';
import { invoke } from '../../api';
import { useErrorText, useReportError } from '../../app/errors';
import { hrefFor, navigate } from '../../app/router';
import { useWorkspace } from '../../app/workspace-state';
import { dayProblemText } from '../../components/day-text';
import { useMessages, useSettings } from '../../i18n/settings';
import type { ScreenProps } from '../screens';
import { analysisMessages } from './analysis-messages';
import { formOf, readForm, runRequest, type FormNotation, type ParamsForm } from './params-form';
import { ParamsFields } from './params-fields';
import './analysis.css';

export function AnalysisScreen({ route }: ScreenProps) {
  const m = useMessages(analysisMessages);
  const { fmt, labels, loc, locale } = useSettings();
  const { runs, loading, reload } = useWorkspace();
  const report = useReportError();
  const errorText = useErrorText();
  const [defaults, setDefaults] = useState<AnalysisDefaults | null>(null);
  const [form, setForm] = useState<ParamsForm | null>(null);
  const [running, setRunning] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const baseRun = runs.find((r) => String(r.id) === route.params.run) ?? null;
  const notation: FormNotation = { decimal: loc.decimal, dayText: fmt.day };

  useEffect(() => {
    let current = true;
    invoke('analysis/defaults', {}).then((d) => current && setDefaults(d), (e: unknown) => current && report(e));
    return () => {
      current = false;
    };
  }, [report]);
  // Filled once, when the defaults (and the run the user came from, if any) are known.
  useEffect(() => {
    // `to` in the route (the model check's "run the analysis up to …"): the window's end, its start left to the default.
    const to = route.params.to !== undefined && dayOfIso(route.params.to) !== null ? route.params.to : null;
    if (defaults && !loading && !form) setForm(formOf(baseRun?.params ?? defaults.params, to === null ? defaults.window : { from: '', to }, notation));
    // The notation is read once, with the defaults; later language changes keep what was typed.
  }, [defaults, loading, baseRun, form]);

  if (!defaults || !form) return <p className="muted">{m.loading}</p>;

  const read = readForm(form, locale);
  const { params, unreadable, from, to, dayProblems } = read;
  const dayProblem = (f: 'from' | 'to') => {
    const p = dayProblems[f];
    return p ? `${m[f]}: ${dayProblemText(p, locale)}` : m.unreadable(m[f]);
  };
  const problems = [
    ...unreadable.map((f) => (f === 'from' || f === 'to' ? dayProblem(f) : m.unreadable(labels.params[f]))),
    ...(from !== null && to !== null && from > to ? [m.windowOrder] : []),
    // An unreadable number is already named above: the engine's rules are about readable ones.
    ...paramProblems(params)
      .filter((p) => !p.fields.some((f) => (unreadable as string[]).includes(f)))
      .map((p) => errorText(fromApiError(p))),
  ];
  const noData = defaults.latestSale === null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (problems.length > 0 || running) return;
    setRunning(true);
    setFailure(null);
    try {
      const run = await invoke('analysis/run', runRequest(read));
      await reload().catch(report);
      navigate('matrix', { run: run.id });
    } catch (err) {
      setFailure(errorText(err));
    } finally {
      setRunning(false);
    }
  };

  return (
    <form className="analysis-form" onSubmit={submit} noValidate>
      <h1>{m.title}</h1>
      <p className="muted">{m.intro}</p>
      {noData ? (
        <p className="notice">
          {m.noData} <a href={hrefFor('import')}>{m.importLink}</a>
        </p>
      ) : (
        <p className="muted">
          {m.latestSale(fmt.day(defaults.latestSale))} {baseRun && m.fromRun(baseRun.id)}
        </p>
      )}
      <ParamsFields form={form} unreadable={unreadable} onChange={(patch) => setForm({ ...form, ...patch })} />
      {problems.length > 0 && (
        <div className="problems" role="alert" data-testid="param-problems">
          <strong>{m.problems}</strong>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {failure && (
        <p className="problems" role="alert" data-testid="run-failure">
          <strong>{m.failed}</strong> {failure}
        </p>
      )}
      <div className="row actions">
        <button type="submit" className="primary" disabled={problems.length > 0 || running || noData} data-testid="run-analysis">
          {running ? m.running : m.run}
        </button>
        <button type="button" onClick={() => setForm(formOf(defaults.params, defaults.window, notation))} disabled={running}>
          {m.restore}
        </button>
      </div>
    </form>
  );
}
