// The transports: the web host, uploads, the Electron shell, the backend process.
// Each entry: a code, its error type, and its sentence in the four languages (wording.ts).
import { wording, type Wording } from '../wording';

export const hostErrors = {
  'host/offline': wording('internal', {
    pt: () => 'Sem conexão com o Clave: o servidor local foi encerrado? Inicie-o de novo e abra o endereço impresso.',
    en: () => 'No connection to Clave: was the local server stopped? Start it again and open the address it prints.',
    es: () => 'Sin conexión con Clave: ¿se cerró el servidor local? Inícielo de nuevo y abra la dirección que muestra.',
    ca: () => "Sense connexió amb el Clave: s'ha aturat el servidor local? Torneu-lo a iniciar i obriu l'adreça que mostra.",
  }),
  'host/unexpected-response': wording<{ status: number }>('internal', {
    pt: (p) => `Resposta inesperada do Clave (HTTP ${p.status}).`,
    en: (p) => `Unexpected answer from Clave (HTTP ${p.status}).`,
    es: (p) => `Respuesta inesperada de Clave (HTTP ${p.status}).`,
    ca: (p) => `Resposta inesperada del Clave (HTTP ${p.status}).`,
  }),
  'host/refused': wording<{ why: 'address' | 'origin' | 'site' | 'malformed' | 'token' | 'window' }>('refused', {
    pt: (p) =>
      ({
        address: 'Endereço não permitido: use o endereço impresso pelo Clave.',
        origin: 'Pedido de outra origem recusado.',
        site: 'Pedido de outro site recusado.',
        malformed: 'Pedido malformado.',
        token: 'Sessão inválida: abra o Clave pelo endereço que ele imprimiu ao iniciar.',
        window: 'Pedido recusado: não veio da janela do Clave.',
      })[p.why],
    en: (p) =>
      ({
        address: 'Address not allowed: use the address Clave printed.',
        origin: 'Request from another origin refused.',
        site: 'Request from another site refused.',
        malformed: 'Malformed request.',
        token: 'Invalid session: open Clave through the address it printed when it started.',
        window: 'Request refused: it did not come from the Clave window.',
      })[p.why],
    es: (p) =>
      ({
        address: 'Dirección no permitida: use la dirección que muestra Clave.',
        origin: 'Petición de otro origen rechazada.',
        site: 'Petición de otro sitio rechazada.',
        malformed: 'Petición mal formada.',
        token: 'Sesión no válida: abra Clave con la dirección que mostró al iniciarse.',
        window: 'Petición rechazada: no vino de la ventana de Clave.',
      })[p.why],
    ca: (p) =>
      ({
        address: "Adreça no permesa: feu servir l'adreça que mostra el Clave.",
        origin: "Petició d'un altre origen rebutjada.",
        site: "Petició d'un altre lloc rebutjada.",
        malformed: 'Petició mal formada.',
        token: "Sessió no vàlida: obriu el Clave amb l'adreça que va mostrar en iniciar-se.",
        window: 'Petició rebutjada: no venia de la finestra del Clave.',
      })[p.why],
  }),
  'host/unknown-route': wording<{ path: string }>('not-found', {
    pt: (p) => `Rota desconhecida: ${p.path}`,
    en: (p) => `Unknown route: ${p.path}`,
    es: (p) => `Ruta desconocida: ${p.path}`,
    ca: (p) => `Ruta desconeguda: ${p.path}`,
  }),
  'host/method': wording<{ method: string; allowed: string }>('bad-request', {
    pt: (p) => `Método ${p.method} não aceito aqui${p.allowed ? ` (use ${p.allowed})` : ''}.`,
    en: (p) => `Method ${p.method} not accepted here${p.allowed ? ` (use ${p.allowed})` : ''}.`,
    es: (p) => `Método ${p.method} no aceptado aquí${p.allowed ? ` (use ${p.allowed})` : ''}.`,
    ca: (p) => `Mètode ${p.method} no acceptat aquí${p.allowed ? ` (feu servir ${p.allowed})` : ''}.`,
  }),
  'host/not-found': wording('not-found', {
    pt: () => 'Não encontrado.',
    en: () => 'Not found.',
    es: () => 'No encontrado.',
    ca: () => "No s'ha trobat.",
  }),
  'host/upload-incomplete': wording<{ name: string }>('bad-file', {
    pt: (p) => `O envio de "${p.name}" não terminou: tente de novo.`,
    en: (p) => `The upload of "${p.name}" did not finish: try again.`,
    es: (p) => `El envío de "${p.name}" no terminó: inténtelo de nuevo.`,
    ca: (p) => `L'enviament de "${p.name}" no ha acabat: torneu-ho a provar.`,
  }),
  'host/file-gone': wording<{ name: string }>('not-found', {
    pt: (p) => `O arquivo "${p.name}" não existe mais.`,
    en: (p) => `The file "${p.name}" no longer exists.`,
    es: (p) => `El archivo "${p.name}" ya no existe.`,
    ca: (p) => `El fitxer "${p.name}" ja no existeix.`,
  }),
  'host/no-call-name': wording('bad-request', {
    pt: () => 'Chamada de API sem nome.',
    en: () => 'API call without a name.',
    es: () => 'Llamada a la API sin nombre.',
    ca: () => "Crida a l'API sense nom.",
  }),
  'host/port-in-use': wording<{ port: number }>('bad-option', {
    pt: (p) => `a porta ${p.port} já está em uso.`,
    en: (p) => `port ${p.port} is already in use.`,
    es: (p) => `el puerto ${p.port} ya está en uso.`,
    ca: (p) => `el port ${p.port} ja és en ús.`,
  }),
} satisfies Record<string, Wording<never>>;
