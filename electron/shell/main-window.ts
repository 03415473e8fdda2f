// The one window: locked-down web preferences, size and position remembered in userData.
import { BrowserWindow, screen } from 'electron';
import { loadWindowState, MIN_SIZE, restoreWindowState, saveWindowState } from './window-state';

export function createMainWindow(options: { preloadPath: string; stateFile: string; devTools: boolean }): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const state = restoreWindowState(loadWindowState(options.stateFile), workAreas);
  const window = new BrowserWindow({
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Clave',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: options.devTools,
    },
  });
  window.once('ready-to-show', () => (state.maximized ? window.maximize() : window.show()));
  // The title names the open workspace (main.ts); the page's own <title> does not replace it.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.on('close', () => {
    try {
      saveWindowState(options.stateFile, { ...window.getNormalBounds(), maximized: window.isMaximized() });
    } catch {
      // A read-only profile folder only costs the remembered size.
    }
  });
  return window;
}
