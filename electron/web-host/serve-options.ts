// The web host's command line: `node dist/web-host.js [--port N] [--db PATH] [--open] [--renderer DIR]`.
import { resolve } from 'node:path';
import { legacyError } from '../../shared/api/errors';

export type ServeOptions = { port: number; dbPath: string; open: boolean; rendererDir: string; help: boolean };

export const SERVE_USAGE = `Uso: node dist/web-host.js [opções]
  --port N         porta em 127.0.0.1 (padrão: uma porta livre qualquer)
  --db ARQUIVO     espaço de trabalho (padrão: workspace.clave na pasta de dados do usuário)
  --open           abre o navegador padrão, se houver
  --renderer PASTA interface construída (padrão: dist/renderer)`;

export function parseServeArgs(argv: string[], defaults: { dbPath: string; rendererDir: string }): ServeOptions {
  const options: ServeOptions = { port: 0, dbPath: defaults.dbPath, open: false, rendererDir: defaults.rendererDir, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw legacyError('bad-option', `A opção ${flag} precisa de um valor.`);
      return v;
    };
    switch (flag) {
      case '--port': {
        const text = value();
        const port = Number(text);
        if (!/^\d+$/.test(text) || port > 65535) throw legacyError('bad-option', `Porta inválida: ${text} (use 0 a 65535).`);
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
        throw legacyError('bad-option', `Opção desconhecida: ${arg}`);
    }
  }
  return options;
}
