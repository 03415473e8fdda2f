// Why a run has no predictive model, or no spend model (shared/analysis/run-model.ts
// `NoModelReason`), in Clave's four languages: the command line and the screens say it the same.
import type { NoModelReason } from '../analysis/run-model';
import { MIN_REPEATERS } from '../models';
import type { Lang } from './wording';
import { wordFormat, type WordFormat } from './wording';

/** What the sentences may mention: how many customers the fit saw, and with a repeat purchase. */
export type ModelCounts = { customers: number; repeaters: number };

type Sentences = Record<NoModelReason, (c: ModelCounts, f: WordFormat) => string>;

const TEXT: Record<Lang, Sentences> = {
  pt: {
    'too-few-repeaters': (c, f) =>
      `são precisos pelo menos ${MIN_REPEATERS} clientes que compraram mais de uma vez, e há ${f.int(c.repeaters)} (de ${f.int(c.customers)} com compra).`,
    'not-finite': () => 'a verossimilhança não pôde ser calculada a partir de nenhum ponto de partida.',
    'parameter-unbounded': () =>
      'um parâmetro corre para zero ou para o infinito: os dados não determinam o modelo (por exemplo, quase todos compram no mesmo ritmo).',
    'not-negative-definite': () => 'o melhor ponto encontrado não é um máximo da verossimilhança (a curvatura não o confirma).',
    'not-converged': () => 'a busca pelo máximo da verossimilhança não convergiu.',
    'before-models': () => 'esta análise foi feita antes de o Clave ter os modelos de previsão: rode-a de novo.',
  },
  en: {
    'too-few-repeaters': (c, f) =>
      `it needs at least ${MIN_REPEATERS} customers who bought more than once, and there are ${f.int(c.repeaters)} (of ${f.int(c.customers)} with a purchase).`,
    'not-finite': () => 'the likelihood could not be computed from any starting point.',
    'parameter-unbounded': () =>
      'a parameter runs off to zero or infinity: the data do not determine the model (for example, nearly everyone buys at the same pace).',
    'not-negative-definite': () => 'the best point found is not a maximum of the likelihood (its curvature does not confirm it).',
    'not-converged': () => 'the search for the maximum of the likelihood did not converge.',
    'before-models': () => 'this analysis was run before Clave had the predictive models: run it again.',
  },
  es: {
    'too-few-repeaters': (c, f) =>
      `hacen falta al menos ${MIN_REPEATERS} clientes que hayan comprado más de una vez, y hay ${f.int(c.repeaters)} (de ${f.int(c.customers)} con compra).`,
    'not-finite': () => 'la verosimilitud no se pudo calcular desde ningún punto de partida.',
    'parameter-unbounded': () =>
      'un parámetro tiende a cero o a infinito: los datos no determinan el modelo (por ejemplo, casi todos compran al mismo ritmo).',
    'not-negative-definite': () => 'el mejor punto encontrado no es un máximo de la verosimilitud (la curvatura no lo confirma).',
    'not-converged': () => 'la búsqueda del máximo de la verosimilitud no convergió.',
    'before-models': () => 'este análisis se hizo antes de que Clave tuviera los modelos de previsión: vuelve a ejecutarlo.',
  },
  ca: {
    'too-few-repeaters': (c, f) =>
      `calen com a mínim ${MIN_REPEATERS} clients que hagin comprat més d'una vegada, i n'hi ha ${f.int(c.repeaters)} (de ${f.int(c.customers)} amb compra).`,
    'not-finite': () => "la versemblança no s'ha pogut calcular des de cap punt de partida.",
    'parameter-unbounded': () =>
      'un paràmetre tendeix a zero o a infinit: les dades no determinen el model (per exemple, gairebé tothom compra al mateix ritme).',
    'not-negative-definite': () => "el millor punt trobat no és un màxim de la versemblança (la curvatura no ho confirma).",
    'not-converged': () => 'la cerca del màxim de la versemblança no ha convergit.',
    'before-models': () => "aquesta anàlisi es va fer abans que Clave tingués els models de previsió: torneu-la a executar.",
  },
};

/** Why there is no model, as the end of a sentence ("Sem modelo: " + this). */
export function modelReasonText(reason: NoModelReason, counts: ModelCounts, lang: Lang): string {
  return TEXT[lang][reason](counts, wordFormat(lang));
}

const NO_MODEL: Record<Lang, string> = {
  pt: 'Sem modelo de previsão',
  en: 'No predictive model',
  es: 'Sin modelo de previsión',
  ca: 'Sense model de previsió',
};

/** "Sem modelo de previsão: são precisos…" — one line for the command line's stderr. */
export function noModelLine(reason: NoModelReason, counts: ModelCounts, lang: Lang): string {
  return `${NO_MODEL[lang]}: ${modelReasonText(reason, counts, lang)}`;
}
