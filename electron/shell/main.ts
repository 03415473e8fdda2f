// Electron's main process: a thin shell around the API table. It opens the workspace, serves the
// built renderer at app://clave/, shows one locked-down window, and relays API calls, dialogs,
// menu actions and progress events through the preload bridge. Business logic lives in the API.
import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClaveEvent } from '../../shared/api/events';
import { toApiError, wordError } from '../../shared/api/errors';
import { langOf } from '../../shared/messages/wording';
import { IPC_CHANNELS } from '../../shared/api/transport';
import { userDataDir } from '../api/default-paths';
import { openWorkspace, type Workspace } from '../api/open-workspace';
import { APP_VERSION } from '../app-version';
import { menuTemplate } from './app-menu';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { registerIpcBridge } from './ipc-bridge';
import { createMainWindow } from './main-window';
import { guardWebContents, hardenSession } from './session-guard';
import { APP_ENTRY_URL } from './window-security';

// This file is bundled to dist/electron-main.js, next to preload.cjs and renderer/.
const distDir = dirname(fileURLToPath(import.meta.url));

let mainWindow: BrowserWindow | null = null;
let workspace: Workspace | null = null;

function sendEvent(event: ClaveEvent): void {
  if (mainWindow !== null && !mainWindow.isDestroyed()) mainWindow.webContents.send(IPC_CHANNELS.event, event);
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
  try {
    workspace = openWorkspace({ dbPath: join(app.getPath('userData'), 'workspace.clave'), emit: sendEvent });
  } catch (e) {
    dialog.showErrorBox('Clave', `Não foi possível abrir o espaço de trabalho.\n\n${wordError(toApiError(e), langOf(app.getLocale()))}`);
    app.quit();
    return;
  }
  registerIpcBridge(workspace, () => mainWindow);
  app.setAboutPanelOptions({ applicationName: 'Clave', applicationVersion: APP_VERSION });
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate((action) => sendEvent({ type: 'menu', action }), process.platform)));
  mainWindow = createMainWindow({
    preloadPath: join(distDir, 'preload.cjs'),
    stateFile: join(app.getPath('userData'), 'window-state.json'),
    devTools: !app.isPackaged,
  });
  mainWindow.on('closed', () => (mainWindow = null));
  await mainWindow.loadURL(APP_ENTRY_URL);
}

if (!app.requestSingleInstanceLock()) {
  // Another Clave already has this workspace open: it is brought to the front instead.
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
  app.on('will-quit', () => {
    if (workspace === null) return;
    workspace.close();
    rmSync(workspace.ctx.tempDir, { recursive: true, force: true });
    workspace = null;
  });
  app
    .whenReady()
    .then(start)
    .catch((e: unknown) => {
      dialog.showErrorBox('Clave', wordError(toApiError(e), langOf(app.getLocale())));
      app.quit();
    });
}
