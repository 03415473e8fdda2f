// The workbook's "Clientes-chave" sheet: the dossier fields of the run's A customers (issue
// "Key-account management", data safety: the export gains the dossier fields), one column per
// key of shared/kam/dossier-fields.ts, titled in the reader's language.
import { dayOfIso } from '../domain/calendar';
import { DOSSIER_FIELD_KEYS, type DossierFieldKey, type DossierFields } from '../kam/dossier-fields';
import type { ColumnKind, TableColumn } from './customer-columns';
import type { Labels } from './labels';
import type { Lang } from './locale';

type Titles = { sheet: string; columns: Record<DossierFieldKey, string> };

const TITLES: Record<Lang, Titles> = {
  pt: {
    sheet: 'Clientes-chave',
    columns: {
      code: 'Código', name: 'Nome', kam: 'Gerente de conta (KAM)', seller: 'Vendedor', segment: 'Segmento', region: 'Região',
      businessType: 'Tipo de negócio', relationshipType: 'Tipo de relacionamento', upsellPotential: 'Potencial de venda adicional',
      need: 'Necessidade', pay: 'Capacidade de pagar', authority: 'Autoridade para decidir', threePCheckedOn: 'Três P conferidos em',
      imageMaker: 'Formador de imagem', expert: 'Especialista', tags: 'Etiquetas', notes: 'Notas', contacts: 'Contatos',
      decisionMakers: 'Decisores', sponsors: 'Patrocinadores', competitors: 'Concorrentes', openObjectives: 'Objetivos em aberto',
      openActions: 'Ações em aberto', lastActivity: 'Último contato', nextContact: 'Próximo contato', lastNps: 'Última nota NPS',
      health: 'Saúde da conta (0–100)', clv: 'CLV previsto (12 meses)',
    },
  },
  en: {
    sheet: 'Key accounts',
    columns: {
      code: 'Code', name: 'Name', kam: 'Key account manager', seller: 'Seller', segment: 'Segment', region: 'Region',
      businessType: 'Business type', relationshipType: 'Relationship type', upsellPotential: 'Upsell potential',
      need: 'Need', pay: 'Ability to pay', authority: 'Authority to decide', threePCheckedOn: 'Three P checked on',
      imageMaker: 'Image maker', expert: 'Expert', tags: 'Tags', notes: 'Notes', contacts: 'Contacts',
      decisionMakers: 'Decision makers', sponsors: 'Sponsors', competitors: 'Competitors', openObjectives: 'Open objectives',
      openActions: 'Open actions', lastActivity: 'Last contact', nextContact: 'Next contact', lastNps: 'Last NPS score',
      health: 'Account health (0–100)', clv: 'Predicted CLV (12 months)',
    },
  },
  es: {
    sheet: 'Clientes clave',
    columns: {
      code: 'Código', name: 'Nombre', kam: 'Gestor de cuenta (KAM)', seller: 'Vendedor', segment: 'Segmento', region: 'Región',
      businessType: 'Tipo de negocio', relationshipType: 'Tipo de relación', upsellPotential: 'Potencial de venta adicional',
      need: 'Necesidad', pay: 'Capacidad de pago', authority: 'Autoridad para decidir', threePCheckedOn: 'Tres P revisadas el',
      imageMaker: 'Creador de imagen', expert: 'Experto', tags: 'Etiquetas', notes: 'Notas', contacts: 'Contactos',
      decisionMakers: 'Decisores', sponsors: 'Patrocinadores', competitors: 'Competidores', openObjectives: 'Objetivos abiertos',
      openActions: 'Acciones abiertas', lastActivity: 'Último contacto', nextContact: 'Próximo contacto', lastNps: 'Última nota NPS',
      health: 'Salud de la cuenta (0–100)', clv: 'CLV previsto (12 meses)',
    },
  },
  ca: {
    sheet: 'Clients clau',
    columns: {
      code: 'Codi', name: 'Nom', kam: 'Gestor de compte (KAM)', seller: 'Venedor', segment: 'Segment', region: 'Regió',
      businessType: 'Tipus de negoci', relationshipType: 'Tipus de relació', upsellPotential: 'Potencial de venda addicional',
      need: 'Necessitat', pay: 'Capacitat de pagar', authority: 'Autoritat per decidir', threePCheckedOn: 'Tres P revisades el',
      imageMaker: 'Creador d’imatge', expert: 'Expert', tags: 'Etiquetes', notes: 'Notes', contacts: 'Contactes',
      decisionMakers: 'Decisors', sponsors: 'Patrocinadors', competitors: 'Competidors', openObjectives: 'Objectius oberts',
      openActions: 'Accions obertes', lastActivity: 'Últim contacte', nextContact: 'Proper contacte', lastNps: 'Última nota NPS',
      health: 'Salut del compte (0–100)', clv: 'CLV previst (12 mesos)',
    },
  },
};

const KINDS: Partial<Record<DossierFieldKey, ColumnKind>> = {
  threePCheckedOn: 'date',
  lastActivity: 'date',
  nextContact: 'date',
  lastNps: 'integer',
  health: 'integer',
  clv: 'money',
};

const WIDE: Partial<Record<DossierFieldKey, number>> = { name: 32, notes: 40, contacts: 48, openObjectives: 36, openActions: 40, tags: 24 };

export function dossierSheetName(lang: Lang): string {
  return TITLES[lang].sheet;
}

export function dossierColumns(lang: Lang, labels: Labels): TableColumn<DossierFields>[] {
  const titles = TITLES[lang].columns;
  return DOSSIER_FIELD_KEYS.map((key) => {
    const kind = KINDS[key] ?? 'text';
    return {
      key,
      title: titles[key],
      kind,
      width: WIDE[key] ?? Math.max(12, Math.min(titles[key].length + 2, 24)),
      value: (row: DossierFields) => {
        const v = row[key];
        if (v === null) return null;
        if (typeof v === 'boolean') return v ? labels.yes : labels.no;
        // Days travel as ISO text in the flat row; the sheet writes real dates.
        if (kind === 'date' && typeof v === 'string') return dayOfIso(v);
        return v;
      },
    };
  });
}
