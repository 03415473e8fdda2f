// Key-account management: customers, dossier records, team, agenda, win-back, KPIs, surveys.
// Each entry: a code, its error type, and its sentence in the four languages (wording.ts).
import { shownValue, wording, type Lang, type Wording } from '../wording';


/** A dossier record's kind as a sentence's subject ("A pessoa 12 …"). */
const RECORD_NOUNS: Record<string, Record<Lang, string>> = {
  person: { pt: 'A pessoa', en: 'Person', es: 'La persona', ca: 'La persona' },
  competitor: { pt: 'O concorrente', en: 'Competitor', es: 'El competidor', ca: 'El competidor' },
  event: { pt: 'O registro', en: 'Record', es: 'El registro', ca: 'El registre' },
  objective: { pt: 'O objetivo', en: 'Objective', es: 'El objetivo', ca: "L'objectiu" },
  action: { pt: 'A ação', en: 'Action', es: 'La acción', ca: "L'acció" },
  activity: { pt: 'A atividade', en: 'Activity', es: 'La actividad', ca: "L'activitat" },
  survey: { pt: 'A resposta de pesquisa', en: 'Survey answer', es: 'La respuesta de encuesta', ca: "La resposta d'enquesta" },
};
const noun = (kind: string, lang: Lang) => RECORD_NOUNS[kind]?.[lang] ?? kind;

export const kamErrors = {
  'kam/customer-not-found': wording<{ code: string }>('not-found', {
    pt: (p) => `O cliente ${p.code} não existe.`,
    en: (p) => `Customer ${p.code} does not exist.`,
    es: (p) => `El cliente ${p.code} no existe.`,
    ca: (p) => `El client ${p.code} no existeix.`,
  }),
  'kam/customer-deleted': wording<{ code: string }>('conflict', {
    pt: (p) => `O cliente ${p.code} foi excluído: restaure-o antes de alterá-lo.`,
    en: (p) => `Customer ${p.code} was deleted: restore it before changing it.`,
    es: (p) => `El cliente ${p.code} fue eliminado: restáuralo antes de modificarlo.`,
    ca: (p) => `El client ${p.code} s'ha eliminat: restaureu-lo abans de modificar-lo.`,
  }),
  'kam/customer-exists': wording<{ code: string }>('conflict', {
    pt: (p) => `Já existe um cliente com o código ${p.code}.`,
    en: (p) => `A customer with code ${p.code} already exists.`,
    es: (p) => `Ya existe un cliente con el código ${p.code}.`,
    ca: (p) => `Ja existeix un client amb el codi ${p.code}.`,
  }),
  'kam/customer-exists-deleted': wording<{ code: string }>('conflict', {
    pt: (p) => `Já existe um cliente excluído com o código ${p.code}: restaure-o em vez de criá-lo de novo.`,
    en: (p) => `A deleted customer with code ${p.code} exists: restore it instead of creating it again.`,
    es: (p) => `Existe un cliente eliminado con el código ${p.code}: restáuralo en lugar de crearlo de nuevo.`,
    ca: (p) => `Existeix un client eliminat amb el codi ${p.code}: restaureu-lo en lloc de crear-lo de nou.`,
  }),
  'kam/member-not-found': wording<{ id: number }>('not-found', {
    pt: (p) => `A pessoa ${p.id} não está na equipe.`,
    en: (p) => `Person ${p.id} is not on the team.`,
    es: (p) => `La persona ${p.id} no está en el equipo.`,
    ca: (p) => `La persona ${p.id} no és a l'equip.`,
  }),
  'kam/kam-not-in-team': wording<{ id: number }>('bad-option', {
    pt: (p) => `KAM ${p.id} não está na equipe.`,
    en: (p) => `KAM ${p.id} is not on the team.`,
    es: (p) => `El KAM ${p.id} no está en el equipo.`,
    ca: (p) => `El KAM ${p.id} no és a l'equip.`,
  }),
  'kam/owner-not-in-team': wording<{ id: number }>('bad-option', {
    pt: (p) => `Responsável ${p.id} não está na equipe.`,
    en: (p) => `Owner ${p.id} is not on the team.`,
    es: (p) => `El responsable ${p.id} no está en el equipo.`,
    ca: (p) => `El responsable ${p.id} no és a l'equip.`,
  }),
  'kam/bad-member': wording('bad-option', {
    pt: () => 'Pessoa da equipe inválida.',
    en: () => 'Invalid team member.',
    es: () => 'Persona del equipo no válida.',
    ca: () => "Persona de l'equip no vàlida.",
  }),
  'kam/bad-owner': wording('bad-option', {
    pt: () => 'Responsável inválido.',
    en: () => 'Invalid owner.',
    es: () => 'Responsable no válido.',
    ca: () => 'Responsable no vàlid.',
  }),
  'kam/bad-days-ahead': wording<{ value: string }>('bad-option', {
    pt: (p) => `Dias à frente inválidos: ${p.value} (use um número inteiro de 0 a 3660).`,
    en: (p) => `Invalid days ahead: ${p.value} (use a whole number from 0 to 3660).`,
    es: (p) => `Días por delante no válidos: ${p.value} (usa un número entero de 0 a 3660).`,
    ca: (p) => `Dies endavant no vàlids: ${p.value} (feu servir un nombre enter de 0 a 3660).`,
  }),
  'kam/bad-months': wording<{ value: string }>('bad-option', {
    pt: (p) => `Meses inválidos: ${p.value} (use de 1 a 120).`,
    en: (p) => `Invalid months: ${p.value} (use 1 to 120).`,
    es: (p) => `Meses no válidos: ${p.value} (usa de 1 a 120).`,
    ca: (p) => `Mesos no vàlids: ${p.value} (feu servir de 1 a 120).`,
  }),
  'kam/bad-periods': wording<{ value: string }>('bad-option', {
    pt: (p) => `Número de períodos inválido: ${p.value} (use de 1 a 520).`,
    en: (p) => `Invalid number of periods: ${p.value} (use 1 to 520).`,
    es: (p) => `Número de períodos no válido: ${p.value} (usa de 1 a 520).`,
    ca: (p) => `Nombre de períodes no vàlid: ${p.value} (feu servir de 1 a 520).`,
  }),
  'kam/bad-filter': wording<{ field: string | null }>('bad-option', {
    pt: (p) => (p.field === null ? 'Filtro inválido.' : `Filtro inválido: ${p.field}.`),
    en: (p) => (p.field === null ? 'Invalid filter.' : `Invalid filter: ${p.field}.`),
    es: (p) => (p.field === null ? 'Filtro no válido.' : `Filtro no válido: ${p.field}.`),
    ca: (p) => (p.field === null ? 'Filtre no vàlid.' : `Filtre no vàlid: ${p.field}.`),
  }),
  'kam/bad-status': wording<{ value: string }>('bad-option', {
    pt: (p) => `Situação inválida: ${p.value}.`,
    en: (p) => `Invalid status: ${p.value}.`,
    es: (p) => `Estado no válido: ${p.value}.`,
    ca: (p) => `Estat no vàlid: ${p.value}.`,
  }),
  'kam/bad-class': wording<{ value: string }>('bad-option', {
    pt: (p) => `Classe inválida: ${p.value}.`,
    en: (p) => `Invalid class: ${p.value}.`,
    es: (p) => `Clase no válida: ${p.value}.`,
    ca: (p) => `Classe no vàlida: ${p.value}.`,
  }),
  'kam/bad-record-kind': wording<{ value: string }>('bad-option', {
    pt: (p) => `Tipo de registro desconhecido: "${p.value}".`,
    en: (p) => `Unknown record kind: "${p.value}".`,
    es: (p) => `Tipo de registro desconocido: "${p.value}".`,
    ca: (p) => `Tipus de registre desconegut: "${p.value}".`,
  }),
  'kam/bad-record-id': wording('bad-option', {
    pt: () => 'Identificador de registro inválido.',
    en: () => 'Invalid record id.',
    es: () => 'Identificador de registro no válido.',
    ca: () => 'Identificador de registre no vàlid.',
  }),
  'kam/reports-to-self': wording('bad-option', {
    pt: () => 'Uma pessoa não pode reportar-se a si mesma.',
    en: () => 'A person cannot report to themselves.',
    es: () => 'Una persona no puede depender de sí misma.',
    ca: () => 'Una persona no pot dependre de si mateixa.',
  }),
  'kam/reports-to-elsewhere': wording('bad-option', {
    pt: () => 'Reporta-se a: escolha uma pessoa deste cliente.',
    en: () => 'Reports to: choose a person of this customer.',
    es: () => 'Depende de: elige una persona de este cliente.',
    ca: () => "Depèn de: trieu una persona d'aquest client.",
  }),
  'kam/objective-elsewhere': wording('bad-option', {
    pt: () => 'Objetivo: escolha um objetivo deste cliente.',
    en: () => 'Objective: choose an objective of this customer.',
    es: () => 'Objetivo: elige un objetivo de este cliente.',
    ca: () => "Objectiu: trieu un objectiu d'aquest client.",
  }),
  'kam/record-not-in-customer': wording<{ kind: string; id: number; code: string }>('not-found', {
    pt: (p) => `${noun(p.kind, 'pt')} ${p.id} não existe no cliente ${p.code}.`,
    en: (p) => `${noun(p.kind, 'en')} ${p.id} does not exist for customer ${p.code}.`,
    es: (p) => `${noun(p.kind, 'es')} ${p.id} no existe en el cliente ${p.code}.`,
    ca: (p) => `${noun(p.kind, 'ca')} ${p.id} no existeix al client ${p.code}.`,
  }),
  'kam/record-not-found': wording<{ kind: string; id: number }>('not-found', {
    pt: (p) => `${noun(p.kind, 'pt')} ${p.id} não existe.`,
    en: (p) => `${noun(p.kind, 'en')} ${p.id} does not exist.`,
    es: (p) => `${noun(p.kind, 'es')} ${p.id} no existe.`,
    ca: (p) => `${noun(p.kind, 'ca')} ${p.id} no existeix.`,
  }),
  'kam/bad-survey-kind': wording<{ value: string }>('bad-option', {
    pt: (p) => `Tipo de pesquisa inválido "${p.value}": use nps ou csat.`,
    en: (p) => `Invalid survey kind "${p.value}": use nps or csat.`,
    es: (p) => `Tipo de encuesta no válido "${p.value}": usa nps o csat.`,
    ca: (p) => `Tipus d'enquesta no vàlid "${p.value}": feu servir nps o csat.`,
  }),
  'kam/survey-not-xlsx': wording<{ file: string }>('bad-file', {
    pt: (p) => `O arquivo ${p.file} não é uma planilha .xlsx: salve a pesquisa como .xlsx e importe de novo.`,
    en: (p) => `The file ${p.file} is not an .xlsx workbook: save the survey as .xlsx and import it again.`,
    es: (p) => `El archivo ${p.file} no es una hoja .xlsx: guarda la encuesta como .xlsx e impórtala de nuevo.`,
    ca: (p) => `El fitxer ${p.file} no és un full .xlsx: deseu l'enquesta com a .xlsx i importeu-la de nou.`,
  }),
  'kam/survey-unreadable': wording<{ file: string }>('bad-file', {
    pt: (p) => `O arquivo ${p.file} não é uma planilha .xlsx legível.`,
    en: (p) => `The file ${p.file} is not a readable .xlsx workbook.`,
    es: (p) => `El archivo ${p.file} no es una hoja .xlsx legible.`,
    ca: (p) => `El fitxer ${p.file} no és un full .xlsx llegible.`,
  }),
  'kam/survey-no-columns': wording<{ file: string; rows: number }>('bad-file', {
    pt: (p, f) => `Nenhuma planilha de ${p.file} tem as colunas de uma pesquisa: esperava cabeçalhos como cliente (ou código), data e nota (ou pontuação/score), nas primeiras ${f.int(p.rows)} linhas.`,
    en: (p, f) => `No sheet of ${p.file} has a survey's columns: expected headers such as customer (or code), date and score, in the first ${f.int(p.rows)} rows.`,
    es: (p, f) => `Ninguna hoja de ${p.file} tiene las columnas de una encuesta: se esperaban encabezados como cliente (o código), fecha y nota (o puntuación), en las primeras ${f.int(p.rows)} filas.`,
    ca: (p, f) => `Cap full de ${p.file} té les columnes d'una enquesta: s'esperaven capçaleres com client (o codi), data i nota (o puntuació), a les primeres ${f.int(p.rows)} files.`,
  }),
  // Why a row of a survey sheet is rejected (surveys-import.ts): shown beside its row and column.
  'kam/survey-reject/no-customer': wording('bad-file', {
    pt: () => 'Linha sem código de cliente.',
    en: () => 'Row without a customer code.',
    es: () => 'Fila sin código de cliente.',
    ca: () => 'Fila sense codi de client.',
  }),
  'kam/survey-reject/unknown-customer': wording<{ code: string }>('bad-file', {
    pt: (p) => `O cliente ${p.code} não existe na carteira: importe suas vendas ou cadastre-o antes.`,
    en: (p) => `Customer ${p.code} is not in the portfolio: import its sales or add it first.`,
    es: (p) => `El cliente ${p.code} no existe en la cartera: importe sus ventas o dele de alta antes.`,
    ca: (p) => `El client ${p.code} no és a la cartera: importeu-ne les vendes o doneu-lo d'alta abans.`,
  }),
  'kam/survey-reject/deleted-customer': wording<{ code: string }>('bad-file', {
    pt: (p) => `O cliente ${p.code} foi excluído: restaure-o antes de importar suas respostas.`,
    en: (p) => `Customer ${p.code} was deleted: restore it before importing its answers.`,
    es: (p) => `El cliente ${p.code} fue eliminado: restáurelo antes de importar sus respuestas.`,
    ca: (p) => `El client ${p.code} s'ha eliminat: restaureu-lo abans d'importar-ne les respostes.`,
  }),
  'kam/survey-reject/no-date': wording('bad-file', {
    pt: () => 'Linha sem data.',
    en: () => 'Row without a date.',
    es: () => 'Fila sin fecha.',
    ca: () => 'Fila sense data.',
  }),
  'kam/survey-reject/bad-date': wording<{ value: string; monthFirst: boolean }>('bad-file', {
    pt: (p) => `Data ilegível: "${p.value}" (nesta coluna as datas são ${p.monthFirst ? 'mês/dia/ano' : 'dia/mês/ano'}).`,
    en: (p) => `Unreadable date: "${p.value}" (in this column dates are ${p.monthFirst ? 'month/day/year' : 'day/month/year'}).`,
    es: (p) => `Fecha ilegible: "${p.value}" (en esta columna las fechas son ${p.monthFirst ? 'mes/día/año' : 'día/mes/año'}).`,
    ca: (p) => `Data il·legible: "${p.value}" (en aquesta columna les dates són ${p.monthFirst ? 'mes/dia/any' : 'dia/mes/any'}).`,
  }),
  'kam/survey-reject/no-score': wording('bad-file', {
    pt: () => 'Linha sem nota.',
    en: () => 'Row without a score.',
    es: () => 'Fila sin nota.',
    ca: () => 'Fila sense nota.',
  }),
  'kam/survey-reject/bad-score': wording<{ value: string | number; kind: 'nps' | 'csat'; min: number; max: number }>('bad-file', {
    pt: (p, f) => `Nota inválida: "${shownValue(p.value, f)}" (${p.kind.toUpperCase()} vai de ${f.int(p.min)} a ${f.int(p.max)}, em números inteiros).`,
    en: (p, f) => `Invalid score: "${shownValue(p.value, f)}" (${p.kind.toUpperCase()} goes from ${f.int(p.min)} to ${f.int(p.max)}, in whole numbers).`,
    es: (p, f) => `Nota no válida: "${shownValue(p.value, f)}" (${p.kind.toUpperCase()} va de ${f.int(p.min)} a ${f.int(p.max)}, en números enteros).`,
    ca: (p, f) => `Nota no vàlida: "${shownValue(p.value, f)}" (${p.kind.toUpperCase()} va de ${f.int(p.min)} a ${f.int(p.max)}, en nombres enters).`,
  }),
  'kam/survey-reject/repeat': wording<{ code: string }>('bad-file', {
    pt: (p) => `Resposta repetida: ${p.code} já tem esta nota nesta data.`,
    en: (p) => `Repeated answer: ${p.code} already has this score on this date.`,
    es: (p) => `Respuesta repetida: ${p.code} ya tiene esta nota en esta fecha.`,
    ca: (p) => `Resposta repetida: ${p.code} ja té aquesta nota en aquesta data.`,
  }),
  'kam/bad-today': wording('bad-option', {
    pt: () => 'Data de hoje inválida.',
    en: () => "Invalid today's date.",
    es: () => 'Fecha de hoy no válida.',
    ca: () => "Data d'avui no vàlida.",
  }),
  'kam/bad-purchase-mark': wording('bad-option', {
    pt: () => 'Marca inválida para a compra em atraso: use feita, adiada até um dia, ou nenhuma.',
    en: () => 'Invalid mark for the overdue purchase: use done, snoozed until a day, or none.',
    es: () => 'Marca no válida para la compra atrasada: usa hecha, aplazada hasta un día, o ninguna.',
    ca: () => 'Marca no vàlida per a la compra endarrerida: feu servir feta, ajornada fins a un dia, o cap.',
  }),
  'kam/bad-snooze-day': wording<{ day: string; today: string; latest: string }>('bad-option', {
    pt: (p, f) => `Não dá para adiar até ${f.day(p.day)}: escolha um dia depois de hoje (${f.day(p.today)}) e até ${f.day(p.latest)}.`,
    en: (p, f) => `Cannot snooze until ${f.day(p.day)}: choose a day after today (${f.day(p.today)}) and no later than ${f.day(p.latest)}.`,
    es: (p, f) => `No se puede aplazar hasta el ${f.day(p.day)}: elige un día posterior a hoy (${f.day(p.today)}) y hasta el ${f.day(p.latest)}.`,
    ca: (p, f) => `No es pot ajornar fins al ${f.day(p.day)}: trieu un dia posterior a avui (${f.day(p.today)}) i fins al ${f.day(p.latest)}.`,
  }),
} satisfies Record<string, Wording<never>>;
