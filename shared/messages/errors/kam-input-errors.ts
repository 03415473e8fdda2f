// What a screen sends to the key-account handlers, field by field (shared/kam/input-checks.ts,
// record-input.ts, health-weights.ts): each refusal names the field by its code (field-names.ts),
// worded here in the reader's language.
import { fieldName, HEALTH_FACTOR_NAMES, type FieldCode } from '../field-names';
import { shownValue, wording, type Lang, type Wording } from '../wording';

type Field = { field: FieldCode };
const name = (p: Field, lang: Lang) => fieldName(p.field, lang);
const factor = (key: string, lang: Lang) =>
  Object.prototype.hasOwnProperty.call(HEALTH_FACTOR_NAMES, key) ? HEALTH_FACTOR_NAMES[key as keyof typeof HEALTH_FACTOR_NAMES][lang] : key;

export const kamInputErrors = {
  'kam/field-not-text': wording<Field>('bad-option', {
    pt: (p) => `${name(p, 'pt')}: esperava um texto.`,
    en: (p) => `${name(p, 'en')}: a text was expected.`,
    es: (p) => `${name(p, 'es')}: se esperaba un texto.`,
    ca: (p) => `${name(p, 'ca')}: s'esperava un text.`,
  }),
  'kam/field-too-long': wording<Field & { max: number }>('bad-option', {
    pt: (p, f) => `${name(p, 'pt')}: texto longo demais (máximo ${f.int(p.max)} caracteres).`,
    en: (p, f) => `${name(p, 'en')}: text too long (at most ${f.int(p.max)} characters).`,
    es: (p, f) => `${name(p, 'es')}: texto demasiado largo (máximo ${f.int(p.max)} caracteres).`,
    ca: (p, f) => `${name(p, 'ca')}: text massa llarg (màxim ${f.int(p.max)} caràcters).`,
  }),
  'kam/field-required': wording<Field>('bad-option', {
    pt: (p) => `${name(p, 'pt')}: campo obrigatório.`,
    en: (p) => `${name(p, 'en')}: required.`,
    es: (p) => `${name(p, 'es')}: campo obligatorio.`,
    ca: (p) => `${name(p, 'ca')}: camp obligatori.`,
  }),
  'kam/field-bad-day': wording<Field>('bad-option', {
    pt: (p) => `${name(p, 'pt')}: data inválida.`,
    en: (p) => `${name(p, 'en')}: invalid date.`,
    es: (p) => `${name(p, 'es')}: fecha no válida.`,
    ca: (p) => `${name(p, 'ca')}: data no vàlida.`,
  }),
  'kam/field-bad-choice': wording<Field & { value: string; allowed: readonly string[] }>('bad-option', {
    pt: (p, f) => `${name(p, 'pt')}: valor inválido "${p.value}" (use ${f.list(p.allowed, 'or')}).`,
    en: (p, f) => `${name(p, 'en')}: invalid value "${p.value}" (use ${f.list(p.allowed, 'or')}).`,
    es: (p, f) => `${name(p, 'es')}: valor no válido "${p.value}" (use ${f.list(p.allowed, 'or')}).`,
    ca: (p, f) => `${name(p, 'ca')}: valor no vàlid "${p.value}" (feu servir ${f.list(p.allowed, 'or')}).`,
  }),
  'kam/field-bad-id': wording<Field>('bad-option', {
    pt: (p) => `${name(p, 'pt')}: identificador inválido.`,
    en: (p) => `${name(p, 'en')}: invalid id.`,
    es: (p) => `${name(p, 'es')}: identificador no válido.`,
    ca: (p) => `${name(p, 'ca')}: identificador no vàlid.`,
  }),
  'kam/field-bad-cents': wording<Field>('bad-option', {
    pt: (p) => `${name(p, 'pt')}: valor inválido (em centavos, inteiro).`,
    en: (p) => `${name(p, 'en')}: invalid amount (whole cents).`,
    es: (p) => `${name(p, 'es')}: importe no válido (en céntimos, entero).`,
    ca: (p) => `${name(p, 'ca')}: import no vàlid (en cèntims, enter).`,
  }),
  'kam/field-not-flag': wording<Field>('bad-option', {
    pt: (p) => `${name(p, 'pt')}: esperava sim ou não.`,
    en: (p) => `${name(p, 'en')}: yes or no was expected.`,
    es: (p) => `${name(p, 'es')}: se esperaba sí o no.`,
    ca: (p) => `${name(p, 'ca')}: s'esperava sí o no.`,
  }),
  'kam/field-missing': wording<Field>('bad-option', {
    pt: (p) => `${name(p, 'pt')}: dados ausentes ou inválidos.`,
    en: (p) => `${name(p, 'en')}: missing or invalid data.`,
    es: (p) => `${name(p, 'es')}: datos ausentes o no válidos.`,
    ca: (p) => `${name(p, 'ca')}: dades absents o no vàlides.`,
  }),
  'kam/unknown-field': wording<{ key: string }>('bad-option', {
    pt: (p) => `Campo desconhecido: "${p.key}".`,
    en: (p) => `Unknown field: "${p.key}".`,
    es: (p) => `Campo desconocido: "${p.key}".`,
    ca: (p) => `Camp desconegut: "${p.key}".`,
  }),
  'kam/customer-code-required': wording('bad-option', {
    pt: () => 'Código do cliente é obrigatório.',
    en: () => 'The customer code is required.',
    es: () => 'El código del cliente es obligatorio.',
    ca: () => 'El codi del client és obligatori.',
  }),
  'kam/customer-code-too-long': wording<{ max: number }>('bad-option', {
    pt: (p, f) => `Código do cliente longo demais (máximo ${f.int(p.max)} caracteres).`,
    en: (p, f) => `Customer code too long (at most ${f.int(p.max)} characters).`,
    es: (p, f) => `Código del cliente demasiado largo (máximo ${f.int(p.max)} caracteres).`,
    ca: (p, f) => `Codi del client massa llarg (màxim ${f.int(p.max)} caràcters).`,
  }),
  'kam/outcome-only-proposals': wording('bad-option', {
    pt: () => 'Resultado (ganha/perdida) só vale para propostas.',
    en: () => 'Outcome (won/lost) applies to proposals only.',
    es: () => 'El resultado (ganada/perdida) solo vale para propuestas.',
    ca: () => 'El resultat (guanyada/perduda) només val per a propostes.',
  }),
  'kam/bad-score': wording<{ value: string | number; kind: 'nps' | 'csat'; min: number; max: number }>('bad-option', {
    pt: (p, f) => `Nota inválida (${shownValue(p.value, f)}): ${p.kind.toUpperCase()} vai de ${f.int(p.min)} a ${f.int(p.max)}, em números inteiros.`,
    en: (p, f) => `Invalid score (${shownValue(p.value, f)}): ${p.kind.toUpperCase()} goes from ${f.int(p.min)} to ${f.int(p.max)}, in whole numbers.`,
    es: (p, f) => `Nota no válida (${shownValue(p.value, f)}): ${p.kind.toUpperCase()} va de ${f.int(p.min)} a ${f.int(p.max)}, en números enteros.`,
    ca: (p, f) => `Nota no vàlida (${shownValue(p.value, f)}): ${p.kind.toUpperCase()} va de ${f.int(p.min)} a ${f.int(p.max)}, en nombres enters.`,
  }),
  'kam/tags-not-list': wording('bad-option', {
    pt: () => 'Etiquetas: esperava uma lista de textos.',
    en: () => 'Tags: a list of texts was expected.',
    es: () => 'Etiquetas: se esperaba una lista de textos.',
    ca: () => "Etiquetes: s'esperava una llista de textos.",
  }),
  'kam/too-many-tags': wording<{ max: number }>('bad-option', {
    pt: (p, f) => `Etiquetas demais (máximo ${f.int(p.max)}).`,
    en: (p, f) => `Too many tags (at most ${f.int(p.max)}).`,
    es: (p, f) => `Demasiadas etiquetas (máximo ${f.int(p.max)}).`,
    ca: (p, f) => `Massa etiquetes (màxim ${f.int(p.max)}).`,
  }),
  // The health score's weights (kpi/set-health-weights).
  'kam/bad-weights': wording('bad-option', {
    pt: () => 'Pesos inválidos: informe um peso para cada fator.',
    en: () => 'Invalid weights: give a weight for each factor.',
    es: () => 'Pesos no válidos: indique un peso para cada factor.',
    ca: () => 'Pesos no vàlids: indiqueu un pes per a cada factor.',
  }),
  'kam/bad-weight': wording<{ factor: string; value: string | number }>('bad-option', {
    pt: (p, f) => `Peso inválido para "${factor(p.factor, 'pt')}" (${shownValue(p.value, f)}): use um número de 0 a 100.`,
    en: (p, f) => `Invalid weight for "${factor(p.factor, 'en')}" (${shownValue(p.value, f)}): use a number from 0 to 100.`,
    es: (p, f) => `Peso no válido para "${factor(p.factor, 'es')}" (${shownValue(p.value, f)}): use un número de 0 a 100.`,
    ca: (p, f) => `Pes no vàlid per a "${factor(p.factor, 'ca')}" (${shownValue(p.value, f)}): feu servir un nombre de 0 a 100.`,
  }),
  'kam/unknown-factor': wording<{ factor: string }>('bad-option', {
    pt: (p) => `Fator desconhecido: "${p.factor}".`,
    en: (p) => `Unknown factor: "${p.factor}".`,
    es: (p) => `Factor desconocido: "${p.factor}".`,
    ca: (p) => `Factor desconegut: "${p.factor}".`,
  }),
} satisfies Record<string, Wording<never>>;
