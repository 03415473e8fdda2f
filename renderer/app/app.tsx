// The window: a header with the navigation and display settings, and the current screen.
import { useEffect, type ReactElement } from 'react';
import { onEvent } from '../api';
import { dayOfIso } from '../../shared/domain/calendar';
import { WorkspaceLabel } from '../components/workspace-label';
import { CURRENCIES, UI_LOCALES } from '../i18n/locales';
import { useMessages, useSettings } from '../i18n/settings';
import { screens } from '../screens/screens';
import { appMessages } from './app-messages';
import { ErrorProvider } from './errors';
import { hrefFor, NAV_SCREENS, navigate, parseHash, useRoute, type NavScreen, type Route } from './router';
import { WorkspaceProvider, useWorkspace } from './workspace-state';

export function App() {
  const route = useRoute();
  useMenuActions(useMessages(appMessages).about);
  return (
    <ErrorProvider>
      <WorkspaceProvider route={route}>
        <Header route={route} />
        <main className="screen" id="main">
          <CurrentScreen route={route} />
        </main>
      </WorkspaceProvider>
    </ErrorProvider>
  );
}

function CurrentScreen({ route }: { route: Route }): ReactElement {
  const Component = screens[route.screen];
  return <Component route={route} />;
}

function Header({ route }: { route: Route }) {
  const m = useMessages(appMessages);
  const { locale, setLocale, currency, setCurrency, fmt } = useSettings();
  const { run } = useWorkspace();
  const keep = run ? { run: run.id } : {};
  return (
    <header className="app-header">
      <a className="brand" href={hrefFor('start')}>
        Clave
      </a>
      <WorkspaceLabel />
      <nav aria-label="Clave">
        {NAV_SCREENS.map((s: NavScreen) => (
          <a key={s} href={hrefFor(s, s === 'start' || s === 'import' ? {} : keep)} aria-current={route.screen === s ? 'page' : undefined}>
            {m.nav[s]}
          </a>
        ))}
      </nav>
      <span className="run-label">{run ? m.run(run.id, fmt.day(dayOfIso(run.window.from)), fmt.day(dayOfIso(run.window.to))) : m.noRun}</span>
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
    </header>
  );
}

/** The desktop menu's items arrive as events; the web host has no native menu. */
function useMenuActions(about: string) {
  useEffect(
    () =>
      onEvent((event) => {
        if (event.type !== 'menu') return;
        if (event.action === 'import') navigate('import');
        else if (event.action === 'export') navigate('history', { export: 1 });
        // On a dossier, print that one; elsewhere, the dossiers of all A customers as one PDF.
        else if (event.action === 'print-dossier') {
          const here = parseHash(window.location.hash);
          navigate(here.screen === 'dossier' ? 'dossier' : 'dossiers', { ...here.params, print: 1 });
        } else if (event.action === 'backup') navigate('start', { backup: 1 });
        else if (event.action === 'about') window.alert(about);
      }),
    [about],
  );
}
