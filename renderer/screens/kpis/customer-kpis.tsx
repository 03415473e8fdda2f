// One customer chosen by code, its CLV explained step by step from its inputs ('kpi/clv') and its
// health score with what each factor took off and why ('kpi/health'), as the dossier explains them.
import { useState, type FormEvent } from 'react';
import { invoke } from '../../api';
import { hrefFor, navigate } from '../../app/router';
import { useWorkspace } from '../../app/workspace-state';
import { ClassBadge } from '../../components/class-badge';
import { ClvExplained } from '../../components/clv-explained';
import { CustomerInput } from '../../components/customer-input';
import { findCustomer } from '../../components/customer-lookup';
import { HealthExplained } from '../../components/health-explained';
import { useApiData } from '../../components/use-api-data';
import { useMessages } from '../../i18n/settings';
import { kpisMessages } from './kpis-messages';
import { useKept } from './use-kept';

/** `ready`: whether to ask for the figures yet (the screen asks for its dashboard first). */
type Props = { code: string | null; version: string; ready: boolean };

export function CustomerKpis({ code, version, ready }: Props) {
  const m = useMessages(kpisMessages);
  // Health reads its declining signal from the current analysis, so its means are in that run's measure.
  const measure = useWorkspace().runs[0]?.params.xyzMeasure ?? 'revenue';
  const [text, setText] = useState<string | null>(null);
  // Without a chosen customer: the first of the portfolio (the biggest of the current analysis).
  const largest = useApiData(ready && code === null ? 'kpi-largest' : null, () => invoke('customers/page', { limit: 1 })).data?.rows[0]?.code ?? null;
  const chosen = code ?? largest;
  const figures = useKept(useApiData(chosen === null || !ready ? null : `${chosen}/${version}`, async () => {
    const [clv, health] = await Promise.all([invoke('kpi/clv', { code: chosen! }), invoke('kpi/health', { code: chosen! })]);
    return { clv, health };
  }).data);
  const row = useApiData(chosen === null ? null : `kpi-row|${chosen}`, () => findCustomer(chosen!)).data ?? null;

  const choose = (e: FormEvent) => {
    e.preventDefault();
    const value = (text ?? '').trim();
    void findCustomer(value).then((found) => {
      if (found?.code === value) navigate('kpis', { code: value });
    }, () => undefined);
  };

  return (
    <section className="panel kpi-section" aria-labelledby="customer-kpis-title" id="customer-kpis">
      <h2 id="customer-kpis-title">{m.customerTitle}</h2>
      <form className="row customer-choice" onSubmit={choose}>
        <label className="field">
          {m.chooseCustomer}
          <CustomerInput listId="kpi-customers" value={text ?? chosen ?? ''} placeholder={m.chooseHint} onChange={setText} onBlur={choose} testId="kpi-customer" />
        </label>
        {row && (
          <p className="chosen">
            <ClassBadge value={row.abc} /> <a href={hrefFor('dossier', { code: row.code })}>{row.code}</a> {row.name ?? ''}
          </p>
        )}
      </form>
      {figures && (
        <div className="row customer-figures">
          <ClvExplained clv={figures.clv} />
          <HealthExplained health={figures.health} measure={measure} />
        </div>
      )}
    </section>
  );
}
