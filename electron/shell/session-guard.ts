// Wires the pure policy of window-security.ts to Electron: every web contents refuses to navigate
// away, to open windows and to attach <webview>s; the session refuses permissions and any request
// to the network (the app is offline; its pages come from app://).
import type { Session, WebContents } from 'electron';
import { decideNavigation, decidePermission, decideWindowOpen } from './window-security';

// file: needs no entry: the CSP allows no file: load, and navigation to it is refused above.
const NETWORK_URLS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'];

export function guardWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => ({ action: decideWindowOpen(url) }));
  const refuseNavigation = (event: { url: string; preventDefault(): void }) => {
    if (decideNavigation(event.url) === 'deny') event.preventDefault();
  };
  contents.on('will-navigate', refuseNavigation);
  contents.on('will-frame-navigate', refuseNavigation);
  contents.on('will-redirect', refuseNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(decidePermission(permission, details.requestingUrl)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => decidePermission(permission, requestingOrigin));
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest({ urls: NETWORK_URLS }, (_details, callback) => callback({ cancel: true }));
}
