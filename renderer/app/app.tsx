// The window: the header (header.tsx) and the current screen.
import { useEffect, type ReactElement } from 'react';
import { onEvent } from '../api';
import { useMessages } from '../i18n/settings';
import { screens } from '../screens/screens';
import { appMessages } from './app-messages';
import { ErrorProvider } from './errors';
import { Header } from './header';
import { navigate, parseHash, useRoute, type Route } from './router';
import { WorkspaceProvider } from './workspace-state';

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
