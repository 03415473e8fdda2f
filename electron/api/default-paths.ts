// The OS user-data folder, the same folder Electron's app.getPath('userData') returns for an app
// named "Clave": where the workspaces, the recent list and the window's size are kept.
import { homedir, platform } from 'node:os';
import { join } from 'node:path';

export function userDataDir(env: NodeJS.ProcessEnv = process.env): string {
  switch (platform()) {
    case 'win32':
      return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Clave');
    case 'darwin':
      return join(homedir(), 'Library', 'Application Support', 'Clave');
    default:
      return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Clave');
  }
}
