// The "Parâmetros" sheet: what a colleague needs to reproduce or trust the numbers — the
// window, every parameter, the totals, the source batches, the app version and the dates.
import type { RunSummary } from '../../shared/api/analysis-api';
import { dayOfIso } from '../../shared/domain/calendar';
import { basisKind } from '../../shared/format/customer-columns';
import type { FormatSettings } from '../../shared/format/format-settings';
import type { Labels } from '../../shared/format/labels';
import type { Lang } from '../../shared/format/locale';
import { modelReasonText } from '../../shared/messages/model-reasons';
import type { WorkbookWriter } from './stream-workbook';
import { excelDate, excelDateTime, excelValue } from './table-sheet';
import type { ExportMeta } from './export-options';
import { writeKeyValueSheet, type Line } from './key-value-sheet';
import type { StyleBook } from './workbook-styles';

/** The models fitted at the run (SPEC's `model`), or why there are none. */
function modelLines(run: RunSummary, t: Labels['params'], lang: Lang, styles: StyleBook): Line[] {
  const m = run.model;
  const int = styles.of('integer');
  const general = styles.empty;
  const lines: Line[] = [
    { section: t.model },
    { label: t.modelCustomers, value: m.customers, style: int },
    { label: t.modelRepeaters, value: m.repeaters, style: int },
  ];
  if (m.fitted === null) {
    if (m.reason !== null) lines.push({ label: t.noModel, value: modelReasonText(m.reason, m, lang), style: styles.of('text') });
    return lines;
  }
  const f = m.fitted;
  lines.push(
    { label: 'r', value: f.r, style: general },
    { label: 'alpha', value: f.alpha, style: general },
    { label: 'a', value: f.a, style: general },
    { label: 'b', value: f.b, style: general },
    { label: t.logLikelihood, value: f.logLikelihood, style: general },
  );
  if (f.spend === null) {
    if (f.spendReason !== null) lines.push({ label: `Gamma-Gamma: ${t.noModel}`, value: modelReasonText(f.spendReason, m, lang), style: styles.of('text') });
  } else
    lines.push(
      { label: 'p', value: f.spend.p, style: general },
      { label: 'q', value: f.spend.q, style: general },
      { label: 'v', value: f.spend.v, style: general },
      { label: t.spendLogLikelihood, value: f.spend.logLikelihood, style: general },
      { label: t.spendCustomers, value: f.spend.customers, style: int },
    );
  return lines;
}

export function writeParamsSheet(
  wb: WorkbookWriter,
  run: RunSummary,
  { loc, labels }: FormatSettings,
  styles: StyleBook,
  meta: ExportMeta,
): void {
  const t = labels.params;
  const p = run.params;
  const text = styles.of('text');
  const general = styles.empty;
  const int = styles.of('integer');
  const date = styles.of('date');
  const day = (iso: string) => {
    const d = dayOfIso(iso);
    return d === null ? iso : excelDate(d);
  };
  const kind = basisKind(p.basis);
  const totals = run.totals;

  const lines: Line[] = [
    { section: t.heading },
    { label: t.runId, value: run.id, style: int },
    { label: t.label, value: run.label ?? '', style: text },
    { label: t.current, value: run.current ? t.yes : t.no, style: text },
    { label: t.createdAt, value: excelDateTime(run.createdAt), style: styles.dateTime },
    { label: t.exportedAt, value: excelDateTime(meta.exportedAt), style: styles.dateTime },
    { label: t.windowFrom, value: day(run.window.from), style: date },
    { label: t.windowTo, value: day(run.window.to), style: date },
    { label: t.period, value: labels.periods[run.window.period], style: text },
    { label: t.referenceDay, value: day(run.referenceDate), style: date },
    { label: t.latestSale, value: run.latestSale === null ? '' : day(run.latestSale), style: run.latestSale === null ? text : date },
    { label: t.lastPeriodLeftOut, value: run.lastPeriodLeftOut ? t.yes : t.no, style: text },
    { label: t.basis, value: labels.bases[p.basis], style: text },
    { label: t.a, value: p.a, style: general },
    { label: t.b, value: p.b, style: general },
    { label: t.xyzMeasure, value: labels.bases[p.xyzMeasure], style: text },
    { label: t.x, value: p.x, style: general },
    { label: t.y, value: p.y, style: general },
    { label: t.minPeriods, value: p.minPeriods, style: int },
    { label: t.inactiveDays, value: p.inactiveDays, style: int },
    { label: t.lostDays, value: p.lostDays, style: int },
    { label: t.discount, value: p.discount, style: styles.of('percent') },
    { label: t.currency, value: loc.currency, style: text },
    { label: t.appVersion, value: meta.appVersion, style: text },
    'blank',
    { section: t.totals },
    { label: t.customers, value: totals.customers, style: int },
    { label: t.classCount('A'), value: totals.A, style: int },
    { label: t.classCount('B'), value: totals.B, style: int },
    { label: t.classCount('C'), value: totals.C, style: int },
    { label: t.totalValue, value: excelValue(kind, totals.value, labels), style: styles.of(kind) },
    { label: t.totalRevenue, value: excelValue('money', totals.revenue, labels), style: styles.of('money') },
    { label: t.totalMargin, value: excelValue('money', totals.margin, labels), style: styles.of('money') },
    'blank',
    ...modelLines(run, t, loc.lang, styles),
    'blank',
    { section: t.sources },
  ];

  if (run.sources.length === 0) lines.push({ cells: [{ value: t.noSources, style: text }] });
  else lines.push({ header: [t.batchId, t.fileName] });
  for (const source of run.sources)
    lines.push({ cells: [{ value: source.batchId, style: int }, { value: source.fileName, style: text }] });
  writeKeyValueSheet(wb, labels.sheets.params, lines, styles, [44, 40]);
}
