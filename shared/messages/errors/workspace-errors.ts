// The workspace file: open, create, switch, backup, restore, migrations; the sample workspace.
// Each entry: a code, its error type, and its sentence in the four languages (wording.ts).
import { wording, type Wording } from '../wording';

type Kind = 'table' | 'index' | 'view' | 'trigger';
const KIND: Record<'pt' | 'en' | 'es' | 'ca', Record<Kind, string>> = {
  pt: { table: 'a tabela', index: 'o índice', view: 'a visão', trigger: 'o gatilho' },
  en: { table: 'table', index: 'index', view: 'view', trigger: 'trigger' },
  es: { table: 'la tabla', index: 'el índice', view: 'la vista', trigger: 'el disparador' },
  ca: { table: 'la taula', index: "l'índex", view: 'la vista', trigger: 'el disparador' },
};

export const workspaceErrors = {
  'workspace/unknown-file': wording('refused', {
    pt: () => 'Arquivo desconhecido: escolha o arquivo novamente.',
    en: () => 'Unknown file: choose the file again.',
    es: () => 'Archivo desconocido: elija el archivo de nuevo.',
    ca: () => 'Fitxer desconegut: torneu a triar el fitxer.',
  }),
  'workspace/cannot-open': wording<{ path: string; reason: string }>('bad-file', {
    pt: (p) => `Não foi possível abrir o espaço de trabalho ${p.path} (${p.reason}): verifique se o arquivo existe e se você pode gravar na pasta.`,
    en: (p) => `The workspace ${p.path} could not be opened (${p.reason}): check that the file exists and that you can write to its folder.`,
    es: (p) => `No se pudo abrir el espacio de trabajo ${p.path} (${p.reason}): compruebe que el archivo existe y que puede escribir en la carpeta.`,
    ca: (p) => `No s'ha pogut obrir l'espai de treball ${p.path} (${p.reason}): comproveu que el fitxer existeix i que podeu escriure a la carpeta.`,
  }),
  'workspace/not-clave': wording<{ path: string }>('bad-file', {
    pt: (p) => `${p.path} não é um banco de dados do Clave.`,
    en: (p) => `${p.path} is not a Clave database.`,
    es: (p) => `${p.path} no es una base de datos de Clave.`,
    ca: (p) => `${p.path} no és una base de dades del Clave.`,
  }),
  'workspace/newer': wording<{ path: string; version: number; known: number }>('bad-file', {
    pt: (p) => `${p.path} foi gravado por uma versão mais nova do Clave (esquema ${p.version}; esta versão conhece até ${p.known}). Atualize o Clave para abri-lo; o arquivo não foi alterado.`,
    en: (p) => `${p.path} was written by a newer Clave (schema ${p.version}; this version knows up to ${p.known}). Update Clave to open it; the file was not changed.`,
    es: (p) => `${p.path} lo grabó una versión más nueva de Clave (esquema ${p.version}; esta versión conoce hasta el ${p.known}). Actualice Clave para abrirlo; el archivo no se modificó.`,
    ca: (p) => `${p.path} l'ha desat una versió més nova del Clave (esquema ${p.version}; aquesta versió en coneix fins al ${p.known}). Actualitzeu el Clave per obrir-lo; el fitxer no s'ha modificat.`,
  }),
  'workspace/missing': wording<{ path: string }>('not-found', {
    pt: (p) => `O espaço de trabalho ${p.path} não existe.`,
    en: (p) => `The workspace ${p.path} does not exist.`,
    es: (p) => `El espacio de trabajo ${p.path} no existe.`,
    ca: (p) => `L'espai de treball ${p.path} no existeix.`,
  }),
  'workspace/exists': wording<{ path: string }>('conflict', {
    pt: (p) => `Já existe um arquivo em ${p.path}: escolha outro nome ou abra esse espaço de trabalho.`,
    en: (p) => `There is already a file at ${p.path}: choose another name or open that workspace.`,
    es: (p) => `Ya existe un archivo en ${p.path}: elija otro nombre o abra ese espacio de trabajo.`,
    ca: (p) => `Ja hi ha un fitxer a ${p.path}: trieu un altre nom o obriu aquest espai de treball.`,
  }),
  'workspace/bad-name': wording('bad-option', {
    pt: () => 'Dê um nome ao espaço de trabalho (letras, números, espaços, hífens; até 80 caracteres).',
    en: () => 'Give the workspace a name (letters, digits, spaces, hyphens; up to 80 characters).',
    es: () => 'Dé un nombre al espacio de trabajo (letras, números, espacios, guiones; hasta 80 caracteres).',
    ca: () => "Doneu un nom a l'espai de treball (lletres, xifres, espais, guions; fins a 80 caràcters).",
  }),
  'workspace/path-refused': wording<{ path: string }>('refused', {
    pt: (p) => `Caminho recusado: ${p.path}. Escreva o caminho completo de um arquivo .clave que já exista.`,
    en: (p) => `Path refused: ${p.path}. Type the full path of an existing .clave file.`,
    es: (p) => `Ruta rechazada: ${p.path}. Escriba la ruta completa de un archivo .clave que ya exista.`,
    ca: (p) => `Camí rebutjat: ${p.path}. Escriviu el camí complet d'un fitxer .clave que ja existeixi.`,
  }),
  'workspace/write-busy': wording('conflict', {
    pt: () => 'O espaço de trabalho está gravando outra coisa (uma análise ou uma importação): tente de novo em alguns segundos.',
    en: () => 'The workspace is saving something else (an analysis or an import): try again in a few seconds.',
    es: () => 'El espacio de trabajo está guardando otra cosa (un análisis o una importación): inténtelo de nuevo en unos segundos.',
    ca: () => "L'espai de treball està desant una altra cosa (una anàlisi o una importació): torneu-ho a provar d'aquí a uns segons.",
  }),
  'workspace/busy': wording('conflict', {
    pt: () => 'Uma importação está em andamento neste espaço de trabalho: espere que termine (ou cancele-a) e tente de novo.',
    en: () => 'An import is under way in this workspace: wait for it to finish (or cancel it) and try again.',
    es: () => 'Hay una importación en curso en este espacio de trabajo: espere a que termine (o cancélela) e inténtelo de nuevo.',
    ca: () => "Hi ha una importació en curs en aquest espai de treball: espereu que acabi (o cancel·leu-la) i torneu-ho a provar.",
  }),
  'workspace/restore-self': wording<{ file: string }>('bad-option', {
    pt: (p) => `${p.file} é o próprio espaço de trabalho aberto: escolha uma cópia de segurança.`,
    en: (p) => `${p.file} is the open workspace itself: choose a backup.`,
    es: (p) => `${p.file} es el propio espacio de trabajo abierto: elija una copia de seguridad.`,
    ca: (p) => `${p.file} és el mateix espai de treball obert: trieu una còpia de seguretat.`,
  }),
  'workspace/restore-not-database': wording<{ file: string }>('bad-file', {
    pt: (p) => `${p.file} não é um banco de dados do Clave: nada foi alterado.`,
    en: (p) => `${p.file} is not a Clave database: nothing was changed.`,
    es: (p) => `${p.file} no es una base de datos de Clave: no se modificó nada.`,
    ca: (p) => `${p.file} no és una base de dades del Clave: no s'ha modificat res.`,
  }),
  'workspace/restore-not-backup': wording<{ file: string }>('bad-file', {
    pt: (p) => `${p.file} não é uma cópia de segurança do Clave: nada foi alterado.`,
    en: (p) => `${p.file} is not a Clave backup: nothing was changed.`,
    es: (p) => `${p.file} no es una copia de seguridad de Clave: no se modificó nada.`,
    ca: (p) => `${p.file} no és una còpia de seguretat del Clave: no s'ha modificat res.`,
  }),
  'workspace/restore-damaged': wording<{ file: string; detail: string }>('bad-file', {
    pt: (p) => `${p.file} está danificado (${p.detail}): nada foi alterado.`,
    en: (p) => `${p.file} is damaged (${p.detail}): nothing was changed.`,
    es: (p) => `${p.file} está dañado (${p.detail}): no se modificó nada.`,
    ca: (p) => `${p.file} està malmès (${p.detail}): no s'ha modificat res.`,
  }),
  'workspace/restore-newer': wording<{ file: string; version: number; known: number }>('bad-file', {
    pt: (p) => `${p.file} foi gravado por uma versão mais nova do Clave (esquema ${p.version}; esta versão conhece até ${p.known}). Atualize o Clave para restaurá-lo; nada foi alterado.`,
    en: (p) => `${p.file} was written by a newer Clave (schema ${p.version}; this version knows up to ${p.known}). Update Clave to restore it; nothing was changed.`,
    es: (p) => `${p.file} lo grabó una versión más nueva de Clave (esquema ${p.version}; esta versión conoce hasta el ${p.known}). Actualice Clave para restaurarlo; no se modificó nada.`,
    ca: (p) => `${p.file} l'ha desat una versió més nova del Clave (esquema ${p.version}; aquesta versió en coneix fins al ${p.known}). Actualitzeu el Clave per restaurar-lo; no s'ha modificat res.`,
  }),
  'workspace/restore-migration': wording<{ file: string; version: number }>('bad-file', {
    pt: (p) => `${p.file} (esquema ${p.version}) não pôde ser atualizado para esta versão do Clave: a cópia não está como o Clave a gravou; nada foi alterado.`,
    en: (p) => `${p.file} (schema ${p.version}) could not be brought up to this version of Clave: the copy is not as Clave wrote it; nothing was changed.`,
    es: (p) => `${p.file} (esquema ${p.version}) no se pudo actualizar a esta versión de Clave: la copia no está como Clave la grabó; no se modificó nada.`,
    ca: (p) => `${p.file} (esquema ${p.version}) no s'ha pogut actualitzar a aquesta versió del Clave: la còpia no és com el Clave la va desar; no s'ha modificat res.`,
  }),
  'workspace/restore-schema': wording<{ file: string; what: 'extra' | 'missing' | 'different'; kind: Kind; name: string }>('bad-file', {
    pt: (p) =>
      `${p.file} não tem a estrutura que o Clave grava (${KIND.pt[p.kind]} "${p.name}" ${{ extra: 'não é do Clave', missing: 'falta', different: 'foi alterado' }[p.what]}): nada foi alterado.`,
    en: (p) =>
      `${p.file} does not have the structure Clave writes (${KIND.en[p.kind]} "${p.name}" ${{ extra: 'is not Clave’s', missing: 'is missing', different: 'was altered' }[p.what]}): nothing was changed.`,
    es: (p) =>
      `${p.file} no tiene la estructura que graba Clave (${KIND.es[p.kind]} "${p.name}" ${{ extra: 'no es de Clave', missing: 'falta', different: 'fue alterado' }[p.what]}): no se modificó nada.`,
    ca: (p) =>
      `${p.file} no té l'estructura que desa el Clave (${KIND.ca[p.kind]} "${p.name}" ${{ extra: 'no és del Clave', missing: 'hi falta', different: "s'ha alterat" }[p.what]}): no s'ha modificat res.`,
  }),
  'workspace/restore-failed': wording<{ file: string; reason: string }>('bad-file', {
    pt: (p) => `Não foi possível restaurar ${p.file} (${p.reason}): o espaço de trabalho continua como estava.`,
    en: (p) => `${p.file} could not be restored (${p.reason}): the workspace is as it was.`,
    es: (p) => `No se pudo restaurar ${p.file} (${p.reason}): el espacio de trabajo sigue como estaba.`,
    ca: (p) => `No s'ha pogut restaurar ${p.file} (${p.reason}): l'espai de treball continua com estava.`,
  }),
  'workspace/db-missing': wording<{ path: string }>('bad-file', {
    pt: (p) => `O banco de dados ${p.path} não existe.`,
    en: (p) => `The database ${p.path} does not exist.`,
    es: (p) => `La base de datos ${p.path} no existe.`,
    ca: (p) => `La base de dades ${p.path} no existeix.`,
  }),
  'sample/bad-size': wording('bad-option', {
    pt: () => 'O exemplo precisa de 1 a 2.000.000 linhas e pelo menos 1 cliente.',
    en: () => 'The sample needs 1 to 2,000,000 lines and at least 1 customer.',
    es: () => 'El ejemplo necesita de 1 a 2.000.000 líneas y al menos 1 cliente.',
    ca: () => "L'exemple necessita d'1 a 2.000.000 línies i almenys 1 client.",
  }),
} satisfies Record<string, Wording<never>>;
