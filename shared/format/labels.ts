// Every word Clave writes into an export (and that the screens can reuse), in its four
// languages. One catalogue, so that a title reads the same in the workbook, the CSV and later
// on screen. Matrix treatments live in shared/analysis/treatments.ts.
import type { Basis, PeriodKind, XyzMeasure } from '../analysis/params';
import type { KeyAccountType, Status } from '../analysis/result-types';
import type { RejectCode } from '../import/parse-row';
import type { Lang } from './locale';

export type Labels = {
  sheets: { customers: string; matrix: string; pareto: string; params: string; rejects: string; batch: string };
  columns: {
    rank: string;
    code: string;
    name: string;
    value: string;
    share: string;
    cumulativeShare: string;
    abc: string;
    xyz: string;
    cv: string;
    xyzPeriods: string;
    revenue: string;
    margin: string;
    marginPct: string;
    quantity: string;
    orders: string;
    averageTicket: string;
    firstPurchase: string;
    lastPurchase: string;
    recencyDays: string;
    cycleDays: string;
    expectedNext: string;
    status: string;
    signals: string;
    types: string;
    seller: string;
    segment: string;
    region: string;
    abcRevenue: string;
    abcMargin: string;
    bigButUnprofitable: string;
    pAlive: string;
    expectedPurchases90d: string;
    predictedRevenue12m: string;
    clv12m: string;
    actualPurchases90d: string;
  };
  matrix: { cell: string; customers: string; treatment: string };
  params: {
    heading: string;
    item: string;
    value: string;
    runId: string;
    createdAt: string;
    exportedAt: string;
    windowFrom: string;
    windowTo: string;
    period: string;
    referenceDay: string;
    latestSale: string;
    lastPeriodLeftOut: string;
    label: string;
    current: string;
    yes: string;
    no: string;
    basis: string;
    a: string;
    b: string;
    xyzMeasure: string;
    x: string;
    y: string;
    minPeriods: string;
    inactiveDays: string;
    lostDays: string;
    discount: string;
    model: string;
    modelCustomers: string;
    modelRepeaters: string;
    logLikelihood: string;
    spendLogLikelihood: string;
    spendCustomers: string;
    noModel: string;
    totals: string;
    customers: string;
    totalValue: string;
    classCount: (cls: string) => string;
    totalRevenue: string;
    totalMargin: string;
    sources: string;
    batchId: string;
    fileName: string;
    noSources: string;
    appVersion: string;
    currency: string;
  };
  rejects: {
    row: string;
    column: string;
    reason: string;
    raw: (n: number) => string;
    file: string;
    sheet: string;
    rowsRead: string;
    imported: string;
    rejected: string;
    importedAt: string;
    undoneAt: string;
    /** A column without a header, by its letter: "coluna C". */
    columnLetter: (letter: string) => string;
    /** A reason by its code alone (rejects stored before schema 10 carry no message with parameters). */
    codes: Record<RejectCode, string>;
  };
  status: Record<Status, string>;
  types: Record<KeyAccountType, string>;
  periods: Record<PeriodKind, string>;
  bases: Record<Basis | XyzMeasure, string>;
  xyzNew: string;
  yes: string;
  no: string;
  signals: {
    overdue: (recency: string, cycle: string) => string;
    declining: (recent: string, earlier: string) => string;
    droppedClass: (from: string, to: string, runId: number) => string;
  };
};

const pt: Labels = {
  sheets: { customers: 'Clientes', matrix: 'Matriz ABC-XYZ', pareto: 'Pareto', params: 'Parâmetros', rejects: 'Linhas rejeitadas', batch: 'Lote' },
  columns: {
    rank: 'Posição', code: 'Código', name: 'Nome', value: 'Valor', share: 'Participação',
    cumulativeShare: 'Participação acumulada', abc: 'ABC', xyz: 'XYZ', cv: 'Coeficiente de variação',
    xyzPeriods: 'Períodos (XYZ)', revenue: 'Faturamento', margin: 'Margem', marginPct: 'Margem %',
    quantity: 'Quantidade', orders: 'Pedidos', averageTicket: 'Ticket médio', firstPurchase: 'Primeira compra',
    lastPurchase: 'Última compra', recencyDays: 'Recência (dias)', cycleDays: 'Ciclo (dias)',
    expectedNext: 'Próxima compra prevista', status: 'Situação', signals: 'Sinais', types: 'Tipos',
    seller: 'Vendedor', segment: 'Segmento', region: 'Região', abcRevenue: 'ABC por faturamento',
    abcMargin: 'ABC por margem', bigButUnprofitable: 'Grande mas pouco rentável', pAlive: 'P(ainda compra)', expectedPurchases90d: 'Compras previstas (90 dias)',
    predictedRevenue12m: 'Faturamento previsto (12 meses)', clv12m: 'CLV (12 meses)', actualPurchases90d: 'Compras reais (90 dias depois)',
  },
  matrix: { cell: 'Célula', customers: 'Clientes', treatment: 'Tratamento recomendado' },
  params: {
    heading: 'Análise', item: 'Item', value: 'Valor', runId: 'Análise nº', createdAt: 'Criada em',
    exportedAt: 'Exportada em', windowFrom: 'Janela: de', windowTo: 'Janela: até', period: 'Período',
    referenceDay: 'Data de referência', basis: 'Base do ABC', a: 'Limite A (% acumulado)',
    b: 'Limite B (% acumulado)', xyzMeasure: 'Medida do XYZ', x: 'Limite X (coeficiente de variação)',
    y: 'Limite Y (coeficiente de variação)', minPeriods: 'Histórico mínimo para XYZ (períodos)',
    inactiveDays: 'Inativo após (dias sem compra)', lostDays: 'Perdido após (dias sem compra)',
    discount: 'Desconto mensal da previsão', model: 'Modelo de previsão (BG/NBD e Gamma-Gamma)',
    modelCustomers: 'Clientes com compra (no ajuste)', modelRepeaters: 'Clientes com compra repetida',
    logLikelihood: 'Log-verossimilhança (BG/NBD)', spendLogLikelihood: 'Log-verossimilhança (Gamma-Gamma)',
    spendCustomers: 'Clientes no Gamma-Gamma', noModel: 'Sem modelo',
    totals: 'Totais', customers: 'Clientes', totalValue: 'Valor total (positivos)',
    classCount: (cls) => `Clientes ${cls}`, totalRevenue: 'Faturamento total', totalMargin: 'Margem total',
    sources: 'Lotes de origem', batchId: 'Lote nº', fileName: 'Arquivo', noSources: 'Nenhum lote registrado',
    appVersion: 'Versão do Clave', currency: 'Moeda', latestSale: 'Última venda nos dados', lastPeriodLeftOut: 'Último período incompleto, fora do XYZ',
    label: 'Nome da análise', current: 'Análise atual', yes: 'sim', no: 'não',
  },
  rejects: {
    row: 'Linha', column: 'Coluna', reason: 'Motivo', raw: (n) => `Valor ${n}`, file: 'Arquivo',
    sheet: 'Planilha', rowsRead: 'Linhas lidas', imported: 'Importadas', rejected: 'Rejeitadas',
    importedAt: 'Importado em', undoneAt: 'Desfeito em', columnLetter: (letter) => `coluna ${letter}`,
    codes: {
      'no-customer': 'Linha sem código de cliente', 'no-date': 'Linha sem data', 'bad-date': 'Data ilegível',
      'bad-number': 'Número ilegível', 'total-row': 'Linha de total ou subtotal: não é uma venda',
      'no-amount': 'Linha sem valor (nem quantidade × preço unitário)',
    },
  },
  status: { prospect: 'Prospecto', active: 'Ativo', 'at risk': 'Em risco', inactive: 'Inativo', lost: 'Perdido' },
  types: { breadwinner: 'Provedor', rising: 'Em ascensão', 'image maker': 'Formador de imagem', expert: 'Especialista' },
  periods: { month: 'Mês', week: 'Semana ISO', quarter: 'Trimestre' },
  bases: { revenue: 'Faturamento', margin: 'Margem', quantity: 'Quantidade', orders: 'Pedidos' },
  xyzNew: 'novo',
  yes: 'Sim',
  no: 'Não',
  signals: {
    overdue: (recency, cycle) => `Atrasado: ${recency} dias sem comprar, mais de 1,5 × o ciclo de ${cycle} dias`,
    declining: (recent, earlier) => `Em queda: média de ${recent} nos últimos 3 períodos contra ${earlier} antes`,
    droppedClass: (from, to, runId) => `Caiu de classe: de ${from} para ${to} desde a análise nº ${runId}`,
  },
};

const en: Labels = {
  sheets: { customers: 'Customers', matrix: 'ABC-XYZ matrix', pareto: 'Pareto', params: 'Parameters', rejects: 'Rejected rows', batch: 'Batch' },
  columns: {
    rank: 'Rank', code: 'Code', name: 'Name', value: 'Value', share: 'Share',
    cumulativeShare: 'Cumulative share', abc: 'ABC', xyz: 'XYZ', cv: 'Coefficient of variation',
    xyzPeriods: 'Periods (XYZ)', revenue: 'Revenue', margin: 'Margin', marginPct: 'Margin %',
    quantity: 'Quantity', orders: 'Orders', averageTicket: 'Average ticket', firstPurchase: 'First purchase',
    lastPurchase: 'Last purchase', recencyDays: 'Recency (days)', cycleDays: 'Cycle (days)',
    expectedNext: 'Expected next purchase', status: 'Status', signals: 'Signals', types: 'Types',
    seller: 'Seller', segment: 'Segment', region: 'Region', abcRevenue: 'ABC by revenue',
    abcMargin: 'ABC by margin', bigButUnprofitable: 'Big but unprofitable', pAlive: 'P(alive)', expectedPurchases90d: 'Expected purchases (90 days)',
    predictedRevenue12m: 'Predicted revenue (12 months)', clv12m: 'CLV (12 months)', actualPurchases90d: 'Actual purchases (90 days after)',
  },
  matrix: { cell: 'Cell', customers: 'Customers', treatment: 'Recommended treatment' },
  params: {
    heading: 'Analysis', item: 'Item', value: 'Value', runId: 'Analysis no.', createdAt: 'Created',
    exportedAt: 'Exported', windowFrom: 'Window: from', windowTo: 'Window: to', period: 'Period',
    referenceDay: 'Reference date', basis: 'ABC basis', a: 'A threshold (cumulative %)',
    b: 'B threshold (cumulative %)', xyzMeasure: 'XYZ measure', x: 'X threshold (coefficient of variation)',
    y: 'Y threshold (coefficient of variation)', minPeriods: 'Minimum history for XYZ (periods)',
    inactiveDays: 'Inactive after (days without a purchase)', lostDays: 'Lost after (days without a purchase)',
    discount: 'Monthly discount of the prediction', model: 'Predictive model (BG/NBD and Gamma-Gamma)',
    modelCustomers: 'Customers with a purchase (in the fit)', modelRepeaters: 'Customers with a repeat purchase',
    logLikelihood: 'Log-likelihood (BG/NBD)', spendLogLikelihood: 'Log-likelihood (Gamma-Gamma)',
    spendCustomers: 'Customers in Gamma-Gamma', noModel: 'No model',
    totals: 'Totals', customers: 'Customers', totalValue: 'Total value (positive)',
    classCount: (cls) => `${cls} customers`, totalRevenue: 'Total revenue', totalMargin: 'Total margin',
    sources: 'Source batches', batchId: 'Batch no.', fileName: 'File', noSources: 'No batch recorded',
    appVersion: 'Clave version', currency: 'Currency', latestSale: 'Latest sale in the data', lastPeriodLeftOut: 'Last period incomplete, left out of XYZ',
    label: 'Run label', current: 'Current analysis', yes: 'yes', no: 'no',
  },
  rejects: {
    row: 'Row', column: 'Column', reason: 'Reason', raw: (n) => `Value ${n}`, file: 'File',
    sheet: 'Sheet', rowsRead: 'Rows read', imported: 'Imported', rejected: 'Rejected', importedAt: 'Imported', undoneAt: 'Undone',
    columnLetter: (letter) => `column ${letter}`,
    codes: {
      'no-customer': 'Row without a customer code', 'no-date': 'Row without a date', 'bad-date': 'Unreadable date',
      'bad-number': 'Unreadable number', 'total-row': 'Total or subtotal row: not a sale',
      'no-amount': 'Row without an amount (nor quantity × unit price)',
    },
  },
  status: { prospect: 'Prospect', active: 'Active', 'at risk': 'At risk', inactive: 'Inactive', lost: 'Lost' },
  types: { breadwinner: 'Breadwinner', rising: 'Rising', 'image maker': 'Image maker', expert: 'Expert' },
  periods: { month: 'Month', week: 'ISO week', quarter: 'Quarter' },
  bases: { revenue: 'Revenue', margin: 'Margin', quantity: 'Quantity', orders: 'Orders' },
  xyzNew: 'new',
  yes: 'Yes',
  no: 'No',
  signals: {
    overdue: (recency, cycle) => `Overdue: ${recency} days without buying, more than 1.5 × the ${cycle}-day cycle`,
    declining: (recent, earlier) => `Declining: mean of ${recent} over the last 3 periods against ${earlier} before`,
    droppedClass: (from, to, runId) => `Dropped class: from ${from} to ${to} since analysis no. ${runId}`,
  },
};

const es: Labels = {
  sheets: { customers: 'Clientes', matrix: 'Matriz ABC-XYZ', pareto: 'Pareto', params: 'Parámetros', rejects: 'Filas rechazadas', batch: 'Lote' },
  columns: {
    rank: 'Posición', code: 'Código', name: 'Nombre', value: 'Valor', share: 'Participación',
    cumulativeShare: 'Participación acumulada', abc: 'ABC', xyz: 'XYZ', cv: 'Coeficiente de variación',
    xyzPeriods: 'Periodos (XYZ)', revenue: 'Facturación', margin: 'Margen', marginPct: 'Margen %',
    quantity: 'Cantidad', orders: 'Pedidos', averageTicket: 'Ticket medio', firstPurchase: 'Primera compra',
    lastPurchase: 'Última compra', recencyDays: 'Recencia (días)', cycleDays: 'Ciclo (días)',
    expectedNext: 'Próxima compra prevista', status: 'Estado', signals: 'Señales', types: 'Tipos',
    seller: 'Vendedor', segment: 'Segmento', region: 'Región', abcRevenue: 'ABC por facturación',
    abcMargin: 'ABC por margen', bigButUnprofitable: 'Grande pero poco rentable', pAlive: 'P(sigue comprando)', expectedPurchases90d: 'Compras previstas (90 días)',
    predictedRevenue12m: 'Facturación prevista (12 meses)', clv12m: 'CLV (12 meses)', actualPurchases90d: 'Compras reales (90 días después)',
  },
  matrix: { cell: 'Celda', customers: 'Clientes', treatment: 'Tratamiento recomendado' },
  params: {
    heading: 'Análisis', item: 'Elemento', value: 'Valor', runId: 'Análisis n.º', createdAt: 'Creado el',
    exportedAt: 'Exportado el', windowFrom: 'Ventana: desde', windowTo: 'Ventana: hasta', period: 'Periodo',
    referenceDay: 'Fecha de referencia', basis: 'Base del ABC', a: 'Límite A (% acumulado)',
    b: 'Límite B (% acumulado)', xyzMeasure: 'Medida del XYZ', x: 'Límite X (coeficiente de variación)',
    y: 'Límite Y (coeficiente de variación)', minPeriods: 'Historial mínimo para XYZ (periodos)',
    inactiveDays: 'Inactivo tras (días sin compra)', lostDays: 'Perdido tras (días sin compra)',
    discount: 'Descuento mensual de la previsión', model: 'Modelo de previsión (BG/NBD y Gamma-Gamma)',
    modelCustomers: 'Clientes con compra (en el ajuste)', modelRepeaters: 'Clientes con compra repetida',
    logLikelihood: 'Log-verosimilitud (BG/NBD)', spendLogLikelihood: 'Log-verosimilitud (Gamma-Gamma)',
    spendCustomers: 'Clientes en el Gamma-Gamma', noModel: 'Sin modelo',
    totals: 'Totales', customers: 'Clientes', totalValue: 'Valor total (positivos)',
    classCount: (cls) => `Clientes ${cls}`, totalRevenue: 'Facturación total', totalMargin: 'Margen total',
    sources: 'Lotes de origen', batchId: 'Lote n.º', fileName: 'Archivo', noSources: 'Ningún lote registrado',
    appVersion: 'Versión de Clave', currency: 'Moneda', latestSale: 'Última venta en los datos', lastPeriodLeftOut: 'Último periodo incompleto, fuera del XYZ',
    label: 'Nombre del análisis', current: 'Análisis actual', yes: 'sí', no: 'no',
  },
  rejects: {
    row: 'Fila', column: 'Columna', reason: 'Motivo', raw: (n) => `Valor ${n}`, file: 'Archivo',
    sheet: 'Hoja', rowsRead: 'Filas leídas', imported: 'Importadas', rejected: 'Rechazadas', importedAt: 'Importado el', undoneAt: 'Deshecho el',
    columnLetter: (letter) => `columna ${letter}`,
    codes: {
      'no-customer': 'Fila sin código de cliente', 'no-date': 'Fila sin fecha', 'bad-date': 'Fecha ilegible',
      'bad-number': 'Número ilegible', 'total-row': 'Fila de total o subtotal: no es una venta',
      'no-amount': 'Fila sin importe (ni cantidad × precio unitario)',
    },
  },
  status: { prospect: 'Prospecto', active: 'Activo', 'at risk': 'En riesgo', inactive: 'Inactivo', lost: 'Perdido' },
  types: { breadwinner: 'Sustento', rising: 'En ascenso', 'image maker': 'Creador de imagen', expert: 'Experto' },
  periods: { month: 'Mes', week: 'Semana ISO', quarter: 'Trimestre' },
  bases: { revenue: 'Facturación', margin: 'Margen', quantity: 'Cantidad', orders: 'Pedidos' },
  xyzNew: 'nuevo',
  yes: 'Sí',
  no: 'No',
  signals: {
    overdue: (recency, cycle) => `Atrasado: ${recency} días sin comprar, más de 1,5 × el ciclo de ${cycle} días`,
    declining: (recent, earlier) => `En descenso: media de ${recent} en los últimos 3 periodos frente a ${earlier} antes`,
    droppedClass: (from, to, runId) => `Bajó de clase: de ${from} a ${to} desde el análisis n.º ${runId}`,
  },
};

const ca: Labels = {
  sheets: { customers: 'Clients', matrix: 'Matriu ABC-XYZ', pareto: 'Pareto', params: 'Paràmetres', rejects: 'Files rebutjades', batch: 'Lot' },
  columns: {
    rank: 'Posició', code: 'Codi', name: 'Nom', value: 'Valor', share: 'Participació',
    cumulativeShare: 'Participació acumulada', abc: 'ABC', xyz: 'XYZ', cv: 'Coeficient de variació',
    xyzPeriods: 'Períodes (XYZ)', revenue: 'Facturació', margin: 'Marge', marginPct: 'Marge %',
    quantity: 'Quantitat', orders: 'Comandes', averageTicket: 'Tiquet mitjà', firstPurchase: 'Primera compra',
    lastPurchase: 'Última compra', recencyDays: 'Recència (dies)', cycleDays: 'Cicle (dies)',
    expectedNext: 'Propera compra prevista', status: 'Estat', signals: 'Senyals', types: 'Tipus',
    seller: 'Venedor', segment: 'Segment', region: 'Regió', abcRevenue: 'ABC per facturació',
    abcMargin: 'ABC per marge', bigButUnprofitable: 'Gran però poc rendible', pAlive: 'P(continua comprant)', expectedPurchases90d: 'Compres previstes (90 dies)',
    predictedRevenue12m: 'Facturació prevista (12 mesos)', clv12m: 'CLV (12 mesos)', actualPurchases90d: 'Compres reals (90 dies després)',
  },
  matrix: { cell: 'Cel·la', customers: 'Clients', treatment: 'Tractament recomanat' },
  params: {
    heading: 'Anàlisi', item: 'Element', value: 'Valor', runId: 'Anàlisi núm.', createdAt: 'Creada el',
    exportedAt: 'Exportada el', windowFrom: 'Finestra: des de', windowTo: 'Finestra: fins a', period: 'Període',
    referenceDay: 'Data de referència', basis: "Base de l'ABC", a: 'Límit A (% acumulat)',
    b: 'Límit B (% acumulat)', xyzMeasure: "Mesura de l'XYZ", x: 'Límit X (coeficient de variació)',
    y: 'Límit Y (coeficient de variació)', minPeriods: "Historial mínim per a l'XYZ (períodes)",
    inactiveDays: 'Inactiu després de (dies sense compra)', lostDays: 'Perdut després de (dies sense compra)',
    discount: 'Descompte mensual de la previsió', model: 'Model de previsió (BG/NBD i Gamma-Gamma)',
    modelCustomers: 'Clients amb compra (a l’ajust)', modelRepeaters: 'Clients amb compra repetida',
    logLikelihood: 'Log-versemblança (BG/NBD)', spendLogLikelihood: 'Log-versemblança (Gamma-Gamma)',
    spendCustomers: 'Clients al Gamma-Gamma', noModel: 'Sense model',
    totals: 'Totals', customers: 'Clients', totalValue: 'Valor total (positius)',
    classCount: (cls) => `Clients ${cls}`, totalRevenue: 'Facturació total', totalMargin: 'Marge total',
    sources: "Lots d'origen", batchId: 'Lot núm.', fileName: 'Fitxer', noSources: 'Cap lot registrat',
    appVersion: 'Versió de Clave', currency: 'Moneda', latestSale: 'Darrera venda a les dades', lastPeriodLeftOut: "Darrer període incomplet, fora de l'XYZ",
    label: "Nom de l'anàlisi", current: 'Anàlisi actual', yes: 'sí', no: 'no',
  },
  rejects: {
    row: 'Fila', column: 'Columna', reason: 'Motiu', raw: (n) => `Valor ${n}`, file: 'Fitxer',
    sheet: 'Full', rowsRead: 'Files llegides', imported: 'Importades', rejected: 'Rebutjades', importedAt: 'Importat el', undoneAt: 'Desfet el',
    columnLetter: (letter) => `columna ${letter}`,
    codes: {
      'no-customer': 'Fila sense codi de client', 'no-date': 'Fila sense data', 'bad-date': 'Data il·legible',
      'bad-number': 'Nombre il·legible', 'total-row': 'Fila de total o subtotal: no és una venda',
      'no-amount': 'Fila sense import (ni quantitat × preu unitari)',
    },
  },
  status: { prospect: 'Prospecte', active: 'Actiu', 'at risk': 'En risc', inactive: 'Inactiu', lost: 'Perdut' },
  types: { breadwinner: 'Sustentador', rising: 'En ascens', 'image maker': "Creador d'imatge", expert: 'Expert' },
  periods: { month: 'Mes', week: 'Setmana ISO', quarter: 'Trimestre' },
  bases: { revenue: 'Facturació', margin: 'Marge', quantity: 'Quantitat', orders: 'Comandes' },
  xyzNew: 'nou',
  yes: 'Sí',
  no: 'No',
  signals: {
    overdue: (recency, cycle) => `Endarrerit: ${recency} dies sense comprar, més d’1,5 × el cicle de ${cycle} dies`,
    declining: (recent, earlier) => `En descens: mitjana de ${recent} en els darrers 3 períodes davant de ${earlier} abans`,
    droppedClass: (from, to, runId) => `Ha baixat de classe: de ${from} a ${to} des de l’anàlisi núm. ${runId}`,
  },
};

const CATALOGUE: Record<Lang, Labels> = { pt, en, es, ca };

export function labelsFor(lang: Lang): Labels {
  return CATALOGUE[lang];
}
