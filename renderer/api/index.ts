// The one module the screens import to reach the backend. Inside the Electron window it talks to
// the preload bridge (`window.clave`); in a browser, to the local web host that served the page.
// Importing it in a browser also takes the session token out of the address bar at once.
import { createClient, type ClaveClient } from './client';
import { electronTransport } from './electron-transport';
import { resumeStartOver } from './start-over';
import { webTransport } from './web-transport';

resumeStartOver(window);

export const client: ClaveClient = createClient(window.clave ? electronTransport(window.clave) : webTransport(window));

export const invoke: ClaveClient['invoke'] = client.invoke;
export const onEvent: ClaveClient['onEvent'] = client.onEvent;
export const openFile: ClaveClient['openFile'] = client.openFile;
export const uploadFile: ClaveClient['uploadFile'] = client.uploadFile;
export const saveFile: ClaveClient['saveFile'] = client.saveFile;
export const printPage: ClaveClient['printPage'] = client.printPage;

export { createClient, type ClaveClient } from './client';
export type { SavedFile, Transport } from './client-transport';
export { isTypedError, type ApiError, type ErrorType, type TypedError } from '../../shared/api/errors';
export type { ClaveEvent, MenuAction } from '../../shared/api/events';
export type { ChosenFile, FileFilter } from '../../shared/api/transport';
