// The page a browser gets when it opened Clave's address without a valid session token (a
// bookmark, an address typed by hand, a tab left from an earlier run): it says how to open Clave,
// in the language the browser asks for (Accept-Language), instead of an app that waits forever.
// The renderer sends itself here when it has no token or the host refuses it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { NO_SESSION_PATH } from '../../shared/api/transport';
import type { Lang } from '../../shared/messages/wording';
import { LANGS } from '../../shared/messages/wording';
import { rendererSecurityHeaders } from '../shell/window-security';

export { NO_SESSION_PATH };

const TEXT: Record<Lang, { title: string; lead: string; steps: string[] }> = {
  pt: {
    title: 'Abra o Clave pelo endereço que ele mostra',
    lead: 'Este endereço do Clave não traz uma sessão válida: por segurança, o Clave só atende ao endereço completo que ele mesmo abre ao iniciar.',
    steps: [
      'Se o Clave está rodando, volte ao terminal onde você o iniciou e abra o endereço impresso na linha que começa com "Clave: http://127.0.0.1:…" (com o #token=… no final).',
      'Se não está, inicie-o de novo com "npm start" na pasta do Clave: o navegador abre sozinho no endereço certo.',
      'Um favorito salvo deste endereço não basta: o código da sessão muda a cada início.',
    ],
  },
  en: {
    title: 'Open Clave through the address it shows',
    lead: 'This Clave address carries no valid session: for safety, Clave only answers the full address it opens itself when it starts.',
    steps: [
      'If Clave is running, go back to the terminal where you started it and open the address printed on the line that begins with "Clave: http://127.0.0.1:…" (with the #token=… at the end).',
      'If it is not, start it again with "npm start" in Clave’s folder: the browser opens at the right address by itself.',
      'A bookmark of this address is not enough: the session code changes at every start.',
    ],
  },
  es: {
    title: 'Abra Clave con la dirección que muestra',
    lead: 'Esta dirección de Clave no lleva una sesión válida: por seguridad, Clave solo atiende la dirección completa que él mismo abre al iniciarse.',
    steps: [
      'Si Clave está en marcha, vuelva a la terminal donde lo inició y abra la dirección de la línea que empieza por "Clave: http://127.0.0.1:…" (con el #token=… al final).',
      'Si no lo está, inícielo de nuevo con "npm start" en la carpeta de Clave: el navegador se abre solo en la dirección correcta.',
      'Un marcador de esta dirección no basta: el código de sesión cambia en cada inicio.',
    ],
  },
  ca: {
    title: "Obriu el Clave amb l'adreça que mostra",
    lead: "Aquesta adreça del Clave no porta una sessió vàlida: per seguretat, el Clave només atén l'adreça completa que ell mateix obre en iniciar-se.",
    steps: [
      'Si el Clave està en marxa, torneu al terminal on el vau iniciar i obriu l\'adreça de la línia que comença per "Clave: http://127.0.0.1:…" (amb el #token=… al final).',
      'Si no ho està, torneu-lo a iniciar amb "npm start" a la carpeta del Clave: el navegador s\'obre sol a l\'adreça correcta.',
      "Un preferit d'aquesta adreça no n'hi ha prou: el codi de sessió canvia a cada inici.",
    ],
  },
};

const HTML_LANG: Record<Lang, string> = { pt: 'pt-BR', en: 'en', es: 'es', ca: 'ca' };

/** The first language of Accept-Language (by weight) that Clave speaks; pt when none is. */
export function acceptedLang(header: string | undefined): Lang {
  const wanted = (header ?? '')
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean) ?? 1);
      return { lang: tag.trim().toLowerCase().split(/[-_]/)[0] ?? '', q: Number.isFinite(q) ? q : 0, order };
    })
    .filter((w) => w.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return (wanted.map((w) => w.lang).find((l): l is Lang => (LANGS as readonly string[]).includes(l)) ?? 'pt') as Lang;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function noSessionHtml(lang: Lang): string {
  const t = TEXT[lang];
  return `<!doctype html>
<html lang="${HTML_LANG[lang]}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" type="image/png" href="/favicon.png">
<title>Clave — ${escape(t.title)}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;color:#1d2733;background:#f5f7f9;margin:0}main{max-width:640px;margin:64px auto;padding:24px 28px;background:#fff;border:1px solid #d8dee4;border-radius:6px}h1{font-size:20px;margin:0 0 12px}li{margin:6px 0}</style>
</head><body><main><h1>${escape(t.title)}</h1><p>${escape(t.lead)}</p><ol>${t.steps.map((s) => `<li>${escape(s)}</li>`).join('')}</ol></main></body></html>
`;
}

export function sendNoSessionPage(req: IncomingMessage, res: ServerResponse): void {
  const html = noSessionHtml(acceptedLang(req.headers['accept-language']));
  res.writeHead(200, {
    ...rendererSecurityHeaders(),
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(html),
    'Cache-Control': 'no-store',
    'Content-Language': HTML_LANG[acceptedLang(req.headers['accept-language'])],
    Vary: 'Accept-Language',
  });
  res.end(req.method === 'HEAD' ? undefined : html);
}
