// The window's header: the brand, the open workspace, the navigation and the display settings on
// the first line; under them a status line saying what every screen works on (the current
// analysis; more items go beside it in `HeaderStatus`).
import { dayOfIso } from '../../shared/domain/calendar';
import { WorkspaceLabel } from '../components/workspace-label';
import { CURRENCIES, UI_LOCALES } from '../i18n/locales';
import { useMessages, useSettings } from '../i18n/settings';
import { appMessages } from './app-messages';
import { hrefFor, NAV_SCREENS, type NavScreen, type Route } from './router';
import { useWorkspace } from './workspace-state';

export function Header({ route }: { route: Route }) {
  const m = useMessages(appMessages);
  const { locale, setLocale, currency, setCurrency } = useSettings();
  const { run } = useWorkspace();
  // The analysis screens keep the run being looked at as the user moves between them.
  const keep = run && !run.current ? { run: run.id } : {};
  return (
    <header className="app-header">
      <div className="header-bar">
        <a className="brand" href={hrefFor('start')}>
          Clave
        </a>
        <WorkspaceLabel />
        <nav aria-label="Clave">
          {NAV_SCREENS.map((s: NavScreen) => (
            <a key={s} href={hrefFor(s, ANALYSIS_SCREENS.includes(s) ? keep : {})} aria-current={route.screen === s ? 'page' : undefined}>
              {m.nav[s]}
            </a>
          ))}
        </nav>
        <span className="settings">
          {/* The selects name themselves (aria-label): the bar has room for eleven screens. */}
          <label className="setting">
            <select aria-label={m.language} title={m.language} value={locale} onChange={(e) => setLocale(UI_LOCALES.find((l) => l.id === e.target.value)?.id ?? 'pt-BR')} data-testid="locale">
              {UI_LOCALES.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </select>
          </label>
          <label className="setting">
            <select aria-label={m.currency} title={m.currency} value={currency} onChange={(e) => setCurrency(e.target.value)}>
              {CURRENCIES.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </label>
        </span>
      </div>
      <HeaderStatus />
    </header>
  );
}

/** The screens that show or start from one run (the route's `run`, else the current analysis). */
const ANALYSIS_SCREENS: readonly NavScreen[] = ['analysis', 'matrix', 'customers', 'pareto', 'history'];

/** The status line: one item per thing every screen depends on. */
function HeaderStatus() {
  return (
    <div className="header-status">
      <CurrentAnalysis />
    </div>
  );
}

/** "Análise atual: nº 7 · 01/11/2025–31/10/2026 · dados até 28/10/2026", or that there is none. */
function CurrentAnalysis() {
  const m = useMessages(appMessages);
  const { fmt } = useSettings();
  const { current, loading } = useWorkspace();
  if (loading) return <span className="status-item" />;
  if (!current)
    return (
      <span className="status-item" data-testid="current-analysis">
        {m.noRun}
      </span>
    );
  const day = (iso: string) => fmt.day(dayOfIso(iso));
  const text = m.current(current.id, current.label, day(current.window.from), day(current.window.to), day(current.referenceDate));
  // A long label is cut with an ellipsis on the line; the title holds it whole.
  return (
    <a className="status-item" href={hrefFor('history')} data-testid="current-analysis" title={`${text}\n${m.currentTitle}`}>
      {text}
    </a>
  );
}
