// The bench's `models` step: BG/NBD and Gamma-Gamma fitted to the customers of the benchmark's
// generated history (the same 1,000,000 lines the other steps import, summarised straight from
// the generator, without a database), then every customer's figures; and, for comparison, the fit
// on 43,805 customers drawn from the models themselves, and on four times as many. Prints through bench.ts; asserts nothing.
import { fitModels, predictCustomer, predictionCache, purchaseDays, summarise, type CustomerSummary, type Order } from '../../shared/models';
import { generateSales, type SampleOptions } from '../../shared/sample/generate-sales';
import { simulateOrders } from '../models/simulate';

type Result = { step: string; ms: number; items: number; unit: string; maxRssMb: number; note?: string };

function benchSummaries(sample: SampleOptions): { summaries: CustomerSummary[]; margins: { revenue: number; margin: number }[] } {
  const orders = new Map<string, Map<string, Order>>();
  const histories = new Map<string, { revenue: number; margin: number }>();
  for (const line of generateSales(sample)) {
    let byOrder = orders.get(line.code);
    if (!byOrder) orders.set(line.code, (byOrder = new Map()));
    const order = byOrder.get(line.order);
    if (order) order.total += line.amount;
    else byOrder.set(line.order, { day: line.day, total: line.amount });
    const h = histories.get(line.code) ?? { revenue: 0, margin: 0 };
    h.revenue += line.amount;
    h.margin += line.amount - line.cost;
    histories.set(line.code, h);
  }
  const summaries: CustomerSummary[] = [];
  const margins: { revenue: number; margin: number }[] = [];
  for (const [code, byOrder] of orders) {
    const s = summarise(purchaseDays(byOrder.values()), sample.lastDay);
    if (s === null) continue;
    summaries.push(s);
    margins.push(histories.get(code)!);
  }
  return { summaries, margins };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export function modelsStep(sample: SampleOptions): Result {
  const { lastDay } = sample;
  const { summaries, margins } = benchSummaries(sample);
  // The generator's million lines are garbage by now: collect them before timing the fit.
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const fit = fitModels(summaries);
  const fitMs = performance.now() - t0;
  // CPU time too: on the shared 2 cores the wall time mostly measures the other processes.
  const fitCpu = process.cpuUsage(cpu0);
  const t1 = performance.now();
  // As a run predicts: one cache of the series per (x, T) for the model.
  const cache = fit.model === null ? null : predictionCache(fit.model);
  summaries.forEach((s, i) => predictCustomer(fit.model, s, margins[i]!, {}, cache));
  const predictMs = performance.now() - t1;

  // Drawn populations of 43,805 and four times as many: the fit's time should grow about 4×.
  const drawnFit = [43_805, 4 * 43_805].map((customers) => {
    const drawn = simulateOrders({
      truth: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426, p: 6.25, q: 3.74, v: 15.44 },
      customers,
      seed: 7,
      firstFrom: lastDay - 730,
      firstTo: lastDay,
      until: lastDay,
    }).map((o) => summarise(purchaseDays(o), lastDay)!);
    const t = performance.now();
    const f = fitModels(drawn);
    return `${customers.toLocaleString('en')} drawn from BG/NBD: fit ${seconds(performance.now() - t)}${f.model ? '' : ` (no model: ${f.reason})`}`;
  });

  const m = fit.model;
  const model = m ? `r ${m.r.toFixed(3)} alpha ${m.alpha.toFixed(2)} a ${m.a.toFixed(3)} b ${m.b.toFixed(3)}${m.spend ? '' : ` (no spend model: ${m.spendReason})`}` : `no model: ${fit.reason}`;
  return {
    step: 'models-fit',
    ms: fitMs,
    items: summaries.length,
    unit: 'customers',
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    note:
      `fit CPU ${seconds((fitCpu.user + fitCpu.system) / 1000)}; ${model}; figures of all customers ${seconds(predictMs)}; ` +
      drawnFit.join('; '),
  };
}
