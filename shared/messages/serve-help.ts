// The web host's own command line (`node dist/web-host.js`, what `npm start` runs without
// Electron) in the four languages, like `clave`'s (cli-help.ts): its usage, and the warning that
// the screens were not built.
import type { Lang } from './wording';

const USAGE: Record<Lang, string> = {
  pt: `Uso: node dist/web-host.js [opções]
  --port N         porta em 127.0.0.1 (padrão: a da vez anterior, se livre; senão uma qualquer)
  --db ARQUIVO     espaço de trabalho (padrão: o último aberto, ou workspace.clave na pasta de dados do usuário)
  --open           abre o navegador padrão, se houver
  --renderer PASTA interface construída (padrão: dist/renderer)`,
  en: `Usage: node dist/web-host.js [options]
  --port N         port on 127.0.0.1 (default: the previous run's, when free; else any)
  --db FILE        workspace (default: the last opened, or workspace.clave in the user-data folder)
  --open           opens the default browser, if there is one
  --renderer DIR   the built screens (default: dist/renderer)`,
  es: `Uso: node dist/web-host.js [opciones]
  --port N         puerto en 127.0.0.1 (por defecto: el de la vez anterior, si está libre; si no, cualquiera)
  --db ARCHIVO     espacio de trabajo (por defecto: el último abierto, o workspace.clave en la carpeta de datos del usuario)
  --open           abre el navegador predeterminado, si lo hay
  --renderer CARPETA  interfaz construida (por defecto: dist/renderer)`,
  ca: `Ús: node dist/web-host.js [opcions]
  --port N         port a 127.0.0.1 (per defecte: el de la vegada anterior, si és lliure; si no, qualsevol)
  --db FITXER      espai de treball (per defecte: l'últim obert, o workspace.clave a la carpeta de dades de l'usuari)
  --open           obre el navegador per defecte, si n'hi ha
  --renderer CARPETA  interfície construïda (per defecte: dist/renderer)`,
};

export function serveUsage(lang: Lang): string {
  return USAGE[lang];
}

/** The screens were not built: the host serves the API only. */
export function rendererMissing(lang: Lang, page: string): string {
  return {
    pt: `Aviso: a interface não foi construída (${page} não existe): rode "npx vite build".`,
    en: `Warning: the screens were not built (${page} does not exist): run "npx vite build".`,
    es: `Aviso: la interfaz no se ha construido (${page} no existe): ejecute "npx vite build".`,
    ca: `Avís: la interfície no s'ha construït (${page} no existeix): executeu "npx vite build".`,
  }[lang];
}
