// The web host's command line: `node dist/web-host.js [--port N] [--db PATH] [--open] [--renderer DIR]`
// (its usage, in the environment's language: shared/messages/serve-help.ts).
import { resolve } from 'node:path';
import { apiError } from '../../shared/api/errors';

export type ServeOptions = {
  /** null: the port of the previous run when it is free, else any free port. */
  port: number | null;
  /** null: the workspace opened last (the recent list), else workspace.clave in the user-data folder. */
  dbPath: string | null;
  open: boolean;
  rendererDir: string;
  help: boolean;
};

export function parseServeArgs(argv: string[], defaults: { rendererDir: string }): ServeOptions {
  const options: ServeOptions = { port: null, dbPath: null, open: false, rendererDir: defaults.rendererDir, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw apiError('host/option-value', { flag });
      return v;
    };
    switch (flag) {
      case '--port': {
        const text = value();
        const port = Number(text);
        if (!/^\d+$/.test(text) || port > 65535) throw apiError('host/bad-port', { value: text });
        options.port = port;
        break;
      }
      case '--db':
        options.dbPath = resolve(value());
        break;
      case '--renderer':
        options.rendererDir = resolve(value());
        break;
      case '--open':
        options.open = true;
        break;
      case '--help':
      case '-h':
        options.help = true;
        break;
      default:
        throw apiError('host/unknown-option', { option: arg });
    }
  }
  return options;
}
