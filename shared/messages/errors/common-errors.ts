// Messages any part of Clave can give: a bug, an API call of the wrong shape, a reply this
// version does not know.
import { wording, type Wording } from '../wording';

export const commonErrors = {
  internal: wording<{ ref: string }>('internal', {
    pt: (p) => `Erro interno do Clave (ref. ${p.ref}). Os detalhes foram gravados no registro ao lado do espaço de trabalho; nada do que já estava salvo se perdeu.`,
    en: (p) => `Clave internal error (ref. ${p.ref}). The details were written to the log beside the workspace; nothing already saved was lost.`,
    es: (p) => `Error interno de Clave (ref. ${p.ref}). Los detalles se escribieron en el registro junto al espacio de trabajo; no se perdió nada de lo ya guardado.`,
    ca: (p) => `Error intern del Clave (ref. ${p.ref}). Els detalls s'han escrit al registre al costat de l'espai de treball; no s'ha perdut res del que ja estava desat.`,
  }),
  'bad-request': wording<{ call: string; field: string }>('bad-request', {
    pt: (p) => `Pedido inválido a ${p.call}: ${p.field === '' ? 'o argumento' : `o argumento "${p.field}"`} não tem a forma esperada.`,
    en: (p) => `Invalid request to ${p.call}: ${p.field === '' ? 'the argument' : `the argument "${p.field}"`} is not of the expected shape.`,
    es: (p) => `Petición no válida a ${p.call}: ${p.field === '' ? 'el argumento' : `el argumento "${p.field}"`} no tiene la forma esperada.`,
    ca: (p) => `Petició no vàlida a ${p.call}: ${p.field === '' ? "l'argument" : `l'argument "${p.field}"`} no té la forma esperada.`,
  }),
  'unknown-call': wording<{ call: string }>('not-found', {
    pt: (p) => `O Clave não conhece a chamada "${p.call}".`,
    en: (p) => `Clave does not know the call "${p.call}".`,
    es: (p) => `Clave no conoce la llamada "${p.call}".`,
    ca: (p) => `El Clave no coneix la crida "${p.call}".`,
  }),
  'unknown-error': wording<{ code: string }>('internal', {
    pt: (p) => `O Clave respondeu com um erro que esta tela não conhece (${p.code}).`,
    en: (p) => `Clave answered with an error this screen does not know (${p.code}).`,
    es: (p) => `Clave respondió con un error que esta pantalla no conoce (${p.code}).`,
    ca: (p) => `El Clave ha respost amb un error que aquesta pantalla no coneix (${p.code}).`,
  }),
} satisfies Record<string, Wording<never>>;
