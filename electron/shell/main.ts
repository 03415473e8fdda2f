// Electron's main process: a thin shell. The backend (the API table and the workspace) runs in
// a utility process (utility-backend.ts), so that an import or a run never freezes the window,
// the menus or the dialogs; a crash of it is reported in the window, which offers to restart
// it. Here: the built renderer at app://clave/, one locked-down window, the menu, and the relay
// of API calls, dialogs, menu actions and events through the preload bridge.
import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClaveEvent, MenuAction } from '../../shared/api/events';
import { toApiError, wordError } from '../../shared/api/errors';
import type { WorkspaceList } from '../../shared/api/workspace-api';
import { langOf } from '../../shared/messages/wording';
import { IPC_CHANNELS } from '../../shared/api/transport';
import { sessionTempDir } from '../api/backend';
import { startBackendClient, type BackendClient } from '../api/backend-client';
import { userDataDir } from '../api/default-paths';
import { removeDeadTempDirs } from '../api/leftovers';
import { APP_VERSION } from '../app-version';
import { readRecent } from '../workspace/recent-workspaces';
import { defaultWorkspacePath } from '../workspace/workspace-paths';
import { MENU_WORDS } from '../../shared/messages/app-menu-words';
import { menuTemplate } from './app-menu';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { registerIpcBridge } from './ipc-bridge';
import { createMainWindow } from './main-window';
import { guardWebContents, hardenSession } from './session-guard';
import { utilityBackendChannel } from './utility-backend';
import { APP_ENTRY_URL } from './window-security';

// This file is bundled to dist/electron-main.js, next to preload.cjs, backend.js and renderer/.
const distDir = dirname(fileURLToPath(import.meta.url));

let mainWindow: BrowserWindow | null = null;
let backend: BackendClient | null = null;

function sendEvent(event: ClaveEvent): void {
  if (mainWindow !== null && !mainWindow.isDestroyed()) mainWindow.webContents.send(IPC_CHANNELS.event, event);
}

/** The menu lists the recent workspaces, and the title names the open one: both follow a switch. */
async function refreshMenuAndTitle(): Promise<void> {
  if (backend === null) return;
  const listed = await backend.dispatch('workspace/recent', {});
  const recent = listed.ok ? (listed.value as WorkspaceList).recent : [];
  const send = (action: MenuAction, path?: string) => sendEvent({ type: 'menu', action, path });
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(send, process.platform, recent, langOf(app.getLocale()))));
  mainWindow?.setTitle(`Clave — ${backend.info().name}`);
}

function onBackendEvent(event: ClaveEvent): void {
  sendEvent(event);
  if (event.type === 'workspace/changed' || event.type === 'backend/restarted') void refreshMenuAndTitle();
}

// Before `ready`: the same user-data folder as the web host and the CLI (an app named "Clave";
// CLAVE_USER_DATA_DIR lets tests and portable installs point elsewhere), the sandbox for every
// renderer, and the privileged app:// scheme.
app.setName('Clave');
app.setPath('userData', process.env.CLAVE_USER_DATA_DIR || userDataDir());
app.enableSandbox();
registerAppScheme();

async function start(): Promise<void> {
  hardenSession(session.defaultSession);
  serveRenderer(join(distDir, 'renderer'));
  // A Clave killed before left its session folder (uploads, exports to download): removed now.
  removeDeadTempDirs('clave');
  const dataDir = app.getPath('userData');
  const lastOpened = readRecent(dataDir).find((path) => existsSync(path));
  try {
    backend = await startBackendClient({
      spawn: () => utilityBackendChannel(join(distDir, 'backend.js')),
      open: { dbPath: lastOpened ?? defaultWorkspacePath(dataDir), userDataDir: dataDir, tempDir: sessionTempDir(), dialogFiles: true, typedPaths: false },
      emit: onBackendEvent,
    });
  } catch (e) {
    dialog.showErrorBox('Clave', `${MENU_WORDS[langOf(app.getLocale())].cannotOpenWorkspace}\n\n${wordError(toApiError(e), langOf(app.getLocale()))}`);
    app.quit();
    return;
  }
  registerIpcBridge(backend, () => mainWindow);
  app.setAboutPanelOptions({ applicationName: 'Clave', applicationVersion: APP_VERSION });
  mainWindow = createMainWindow({
    preloadPath: join(distDir, 'preload.cjs'),
    stateFile: join(dataDir, 'window-state.json'),
    devTools: !app.isPackaged,
  });
  mainWindow.on('closed', () => (mainWindow = null));
  await refreshMenuAndTitle();
  await mainWindow.loadURL(APP_ENTRY_URL);
}

if (!app.requestSingleInstanceLock()) {
  // Another Clave is already running: it is brought to the front instead.
  app.quit();
} else {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // One window, one open workspace: closing it ends the app on every platform.
  app.on('window-all-closed', () => app.quit());
  // The backend closes its workspace (SQLite checkpoints the WAL into the file) before the app ends.
  app.on('will-quit', (event) => {
    if (backend === null) return;
    const closing = backend;
    backend = null;
    event.preventDefault();
    void closing.close().finally(() => app.quit());
  });
  app
    .whenReady()
    .then(start)
    .catch((e: unknown) => {
      dialog.showErrorBox('Clave', wordError(toApiError(e), langOf(app.getLocale())));
      app.quit();
    });
}
