// The command line when the models have too little to go on (SPEC "Command line contract"):
// `"model": null` and null figures with --json, the reason on stderr without it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../import/import-helpers';
import { clave } from './run-clave';

/** Ten customers who each bought once, one of them on a day whose returns exceed its sales after. */
function tenOnce(): string {
  const path = join(tempDir(), 'dez.csv');
  const lines = Array.from({ length: 10 }, (_, i) => `${String(i + 1).padStart(2, '0')}/03/2026;U${i};${100 + i},50;60,00`);
  lines.push('20/03/2026;U0;40,00;20,00', '20/03/2026;U0;-90,00;-50,00');
  writeFileSync(path, ['Data;Cliente;Valor;Custo', ...lines].join('\n'));
  return path;
}

describe('clave analyze without enough repeat customers for a model', () => {
  it('--json: "model": null, every predicted figure null, nothing on stderr', async () => {
    const r = await clave(['analyze', tenOnce(), '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(/NaN|Infinity/);
    const run = JSON.parse(r.stdout) as { model: unknown; customers: Record<string, unknown>[]; others: unknown[] };
    expect(run.model).toBeNull();
    expect(run.customers).toHaveLength(10);
    for (const c of run.customers)
      expect([c.pAlive, c.expectedPurchases90d, c.predictedRevenue12m, c.clv12m, c.actualPurchases90d]).toEqual([null, null, null, null, null]);
    // U0's second day (40,00 sold, 90,00 returned) is no purchase: one order.
    expect(run.customers.find((c) => c.code === 'U0')).toMatchObject({ orders: 1, revenue: 50.5 });
  });

  it('without --json: the run as usual on stdout, and why there is no model on stderr, in LANG’s language', async () => {
    const file = tenOnce();
    const pt = await clave(['analyze', file]);
    expect(pt.code).toBe(0);
    expect(pt.stdout).toMatch(/^Análise 1 \(atual\)/);
    expect(pt.stderr).toContain(
      'Sem modelo de previsão: são precisos pelo menos 30 clientes que compraram mais de uma vez, e há 0 (de 10 com compra).',
    );
    const en = await clave(['analyze', file], { LANG: 'en_GB.UTF-8' });
    expect(en.stderr).toContain('No predictive model: it needs at least 30 customers who bought more than once, and there are 0 (of 10 with a purchase).');
  });
});
