// The short recommended treatment for each cell of the ABC-XYZ matrix (SPEC "The ABC-XYZ
// matrix"), in the app's four languages. Keys are the cell names: 'AX' … 'CZ', and 'A-' … 'C-'
// for customers too new for XYZ.

export type TreatmentLocale = 'pt-BR' | 'en' | 'es' | 'ca';

type Catalogue = Record<string, string>;

const pt: Catalogue = {
  AX: 'Gerente de conta dedicado, contato pessoal, plano de conta anual',
  AY: 'Gerente de conta dedicado; acompanhar a variação e antecipar pedidos',
  AZ: 'Gerente dedicado; entender por que compra de forma irregular e contratar volumes',
  BX: 'Atendimento regular do vendedor; buscar crescimento (venda cruzada)',
  BY: 'Visitas periódicas; ofertas para regularizar as compras',
  BZ: 'Contato sob demanda; investigar o potencial antes de investir',
  CX: 'Canal de baixo custo; reposição automática ou pedido recorrente',
  CY: 'Canal de baixo custo (telefone, e-mail, loja on-line)',
  CZ: 'Canais de baixo custo; rever condições comerciais',
  'A-': 'Cliente novo de alto valor: apresentar o gerente de conta e confirmar os três P',
  'B-': 'Cliente novo: acompanhar as próximas compras',
  'C-': 'Cliente novo de baixo valor: canal de baixo custo',
};

const en: Catalogue = {
  AX: 'Dedicated key account manager, personal contact, yearly account plan',
  AY: 'Dedicated key account manager; watch the swings and anticipate orders',
  AZ: 'Dedicated manager; learn why buying is irregular and contract volumes',
  BX: 'Regular sales-rep service; look for growth (cross-selling)',
  BY: 'Periodic visits; offers that make buying more regular',
  BZ: 'Contact on demand; check the potential before investing',
  CX: 'Low-cost channel; automatic replenishment or standing order',
  CY: 'Low-cost channel (phone, e-mail, web shop)',
  CZ: 'Low-cost channels; review the terms',
  'A-': 'New high-value customer: introduce the account manager and check the three P',
  'B-': 'New customer: follow the next purchases',
  'C-': 'New low-value customer: low-cost channel',
};

const es: Catalogue = {
  AX: 'Gestor de cuenta dedicado, contacto personal, plan de cuenta anual',
  AY: 'Gestor de cuenta dedicado; seguir la variación y anticipar pedidos',
  AZ: 'Gestor dedicado; entender por qué compra de forma irregular y contratar volúmenes',
  BX: 'Atención regular del vendedor; buscar crecimiento (venta cruzada)',
  BY: 'Visitas periódicas; ofertas para regularizar las compras',
  BZ: 'Contacto bajo demanda; estudiar el potencial antes de invertir',
  CX: 'Canal de bajo coste; reposición automática o pedido recurrente',
  CY: 'Canal de bajo coste (teléfono, correo, tienda en línea)',
  CZ: 'Canales de bajo coste; revisar las condiciones',
  'A-': 'Cliente nuevo de alto valor: presentar al gestor de cuenta y comprobar las tres P',
  'B-': 'Cliente nuevo: seguir las próximas compras',
  'C-': 'Cliente nuevo de bajo valor: canal de bajo coste',
};

const ca: Catalogue = {
  AX: 'Gestor de compte dedicat, contacte personal, pla de compte anual',
  AY: 'Gestor de compte dedicat; seguir la variació i anticipar comandes',
  AZ: 'Gestor dedicat; entendre per què compra de manera irregular i contractar volums',
  BX: 'Atenció regular del venedor; buscar creixement (venda creuada)',
  BY: 'Visites periòdiques; ofertes per regularitzar les compres',
  BZ: 'Contacte sota demanda; estudiar el potencial abans d’invertir',
  CX: 'Canal de baix cost; reposició automàtica o comanda recurrent',
  CY: 'Canal de baix cost (telèfon, correu, botiga en línia)',
  CZ: 'Canals de baix cost; revisar les condicions',
  'A-': 'Client nou d’alt valor: presentar el gestor de compte i comprovar les tres P',
  'B-': 'Client nou: seguir les properes compres',
  'C-': 'Client nou de baix valor: canal de baix cost',
};

const catalogues: Record<TreatmentLocale, Catalogue> = { 'pt-BR': pt, en, es, ca };

export function treatmentText(cell: string, locale: string = 'pt-BR'): string {
  const lang = (locale.startsWith('pt') ? 'pt-BR' : locale.slice(0, 2)) as TreatmentLocale;
  return (catalogues[lang] ?? pt)[cell] ?? '';
}
