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
  'host/backend-crashed': wording<{ ref: string }>('internal', {
    pt: (p) => `O processo de cálculo do Clave parou inesperadamente${p.ref ? ` (ref. ${p.ref})` : ''}. Nada do que já estava salvo se perdeu: clique em "Reiniciar" para continuar.`,
    en: (p) => `Clave's computing process stopped unexpectedly${p.ref ? ` (ref. ${p.ref})` : ''}. Nothing already saved was lost: click "Restart" to go on.`,
    es: (p) => `El proceso de cálculo de Clave se detuvo inesperadamente${p.ref ? ` (ref. ${p.ref})` : ''}. No se perdió nada de lo ya guardado: haga clic en "Reiniciar" para continuar.`,
    ca: (p) => `El procés de càlcul del Clave s'ha aturat inesperadament${p.ref ? ` (ref. ${p.ref})` : ''}. No s'ha perdut res del que ja estava desat: feu clic a "Reinicia" per continuar.`,
  }),
  'host/bad-json': wording('bad-request', {
    pt: () => 'O argumento da chamada não é um JSON válido.',
    en: () => "The call's argument is not valid JSON.",
    es: () => 'El argumento de la llamada no es un JSON válido.',
    ca: () => "L'argument de la crida no és un JSON vàlid.",
  }),
  'host/too-large': wording<{ mb: number }>('bad-file', {
    pt: (p) => `Arquivo grande demais: o limite é ${p.mb} MB.`,
    en: (p) => `File too large: the limit is ${p.mb} MB.`,
    es: (p) => `Archivo demasiado grande: el límite es ${p.mb} MB.`,
    ca: (p) => `Fitxer massa gran: el límit és ${p.mb} MB.`,
  }),
  'host/file-too-large': wording<{ name: string; mb: number }>('bad-file', {
    pt: (p) => `"${p.name}" é grande demais: o limite é ${p.mb} MB.`,
    en: (p) => `"${p.name}" is too large: the limit is ${p.mb} MB.`,
    es: (p) => `"${p.name}" es demasiado grande: el límite es ${p.mb} MB.`,
    ca: (p) => `"${p.name}" és massa gran: el límit és ${p.mb} MB.`,
  }),
  'host/uploads-full': wording<{ mb: number }>('conflict', {
    pt: (p) => `Os arquivos enviados e ainda não importados já ocupam ${p.mb} MB: importe ou descarte um deles e tente de novo.`,
    en: (p) => `The files uploaded and not yet imported already take ${p.mb} MB: import or discard one of them and try again.`,
    es: (p) => `Los archivos enviados y aún no importados ya ocupan ${p.mb} MB: importe o descarte uno de ellos e inténtelo de nuevo.`,
    ca: (p) => `Els fitxers enviats i encara no importats ja ocupen ${p.mb} MB: importeu-ne o descarteu-ne un i torneu-ho a provar.`,
  }),
  'host/option-value': wording<{ flag: string }>('bad-option', {
    pt: (p) => `A opção ${p.flag} precisa de um valor.`,
    en: (p) => `The option ${p.flag} needs a value.`,
    es: (p) => `La opción ${p.flag} necesita un valor.`,
    ca: (p) => `L'opció ${p.flag} necessita un valor.`,
  }),
  'host/bad-port': wording<{ value: string }>('bad-option', {
    pt: (p) => `Porta inválida: ${p.value} (use 0 a 65535).`,
    en: (p) => `Invalid port: ${p.value} (use 0 to 65535).`,
    es: (p) => `Puerto no válido: ${p.value} (use de 0 a 65535).`,
    ca: (p) => `Port no vàlid: ${p.value} (feu servir de 0 a 65535).`,
  }),
  'host/unknown-option': wording<{ option: string }>('bad-option', {
    pt: (p) => `Opção desconhecida: ${p.option}`,
    en: (p) => `Unknown option: ${p.option}`,
    es: (p) => `Opción desconocida: ${p.option}`,
    ca: (p) => `Opció desconeguda: ${p.option}`,
  }),
  'host/import-through-menu': wording<{ name: string }>('refused', {
    pt: (p) => `Para importar "${p.name}", use Arquivo › Importar planilha…`,
    en: (p) => `To import "${p.name}", use Arquivo › Importar planilha… (File › Import).`,
    es: (p) => `Para importar "${p.name}", use Arquivo › Importar planilha… (Archivo › Importar).`,
    ca: (p) => `Per importar "${p.name}", feu servir Arquivo › Importar planilha… (Fitxer › Importa).`,
  }),
} satisfies Record<string, Wording<never>>;
