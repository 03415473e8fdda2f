// One customer to win back: who, what it was worth, and its case (reason from the list plus
// free text, the offer made, the outcome). A select is saved as soon as it changes, a text
// when the field is left; the row then shows what the backend stored.
import { useState } from 'react';
import type { WinbackRow as Row } from '../../../shared/api/followup-api';
import { WINBACK_REASONS, type WinbackCase, type WinbackOutcome } from '../../../shared/kam/kam-types';
import { invoke } from '../../api';
import { useReportError } from '../../app/errors';
import { hrefFor } from '../../app/router';
import { ClassBadge } from '../../components/class-badge';
import { useMessages, useSettings } from '../../i18n/settings';
import { winbackMessages } from './winback-messages';

const OUTCOMES: WinbackOutcome[] = ['open', 'won back', 'not recovered'];
type Draft = Omit<WinbackCase, 'updatedDay'>;

const draftOf = (c: WinbackCase | null): Draft => ({
  reason: c?.reason ?? null,
  reasonText: c?.reasonText ?? null,
  offer: c?.offer ?? null,
  outcome: c?.outcome ?? 'open',
});

export function WinbackRow({ row, onSaved }: { row: Row; onSaved(row: Row): void }) {
  const m = useMessages(winbackMessages);
  const { fmt, labels } = useSettings();
  const report = useReportError();
  const [stored, setStored] = useState<Draft>(() => draftOf(row.case));
  const [texts, setTexts] = useState({ reasonText: stored.reasonText ?? '', offer: stored.offer ?? '' });
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const customer = row.name ? `${row.code} · ${row.name}` : row.code;

  const save = async (patch: Partial<Draft>) => {
    const next = { ...stored, ...patch };
    if (JSON.stringify(next) === JSON.stringify(stored)) return;
    setState('saving');
    try {
      const saved = await invoke('winback/save', { code: row.code, case: next });
      const draft = draftOf(saved.case);
      setStored(draft);
      setTexts({ reasonText: draft.reasonText ?? '', offer: draft.offer ?? '' });
      setState('saved');
      onSaved(saved);
    } catch (e) {
      setState('idle');
      report(e);
    }
  };
  const text = (value: string) => (value.trim() === '' ? null : value.trim());

  return (
    <tr data-testid={`winback-${row.code}`}>
      <td className="customer-cell">
        <ClassBadge value={row.abc} />{' '}
        <a href={hrefFor('dossier', { code: row.code })} title={m.openDossier(customer)}>
          {row.code}
        </a>{' '}
        {row.name ?? ''}
        {!row.inWindow && (
          <span className="outside-window" title={m.outsideWindowTitle} data-testid={`outside-window-${row.code}`}>
            {m.outsideWindow}
          </span>
        )}
        {row.topProducts.length > 0 && (
          <div
            className="used-to-buy"
            title={row.topProducts.map((p) => `${p.product}: ${fmt.money(p.revenue)}`).join('\n')}
            data-testid={`used-to-buy-${row.code}`}
          >
            {m.usedToBuy(row.topProducts.map((p) => p.product).join(', '))}
          </div>
        )}
      </td>
      <td>
        <span className={`status status-${row.status.replace(' ', '-')}`}>{labels.status[row.status]}</span>
      </td>
      <td className="num">{fmt.day(row.lastPurchase)}</td>
      <td className="num">{fmt.money(row.valueLost)}</td>
      <td>
        <select
          value={stored.reason ?? ''}
          aria-label={m.fieldFor(m.reason, customer)}
          onChange={(e) => void save({ reason: WINBACK_REASONS.find((r) => r === e.target.value) ?? null })}
          data-testid={`winback-reason-${row.code}`}
        >
          <option value="">{m.noReason}</option>
          {WINBACK_REASONS.map((r) => (
            <option key={r} value={r}>
              {m.reasons[r]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input
          value={texts.reasonText}
          title={texts.reasonText || undefined}
          aria-label={m.fieldFor(m.reasonText, customer)}
          onChange={(e) => setTexts((t) => ({ ...t, reasonText: e.target.value }))}
          onBlur={() => void save({ reasonText: text(texts.reasonText) })}
          onKeyDown={(e) => e.key === 'Enter' && void save({ reasonText: text(texts.reasonText) })}
          data-testid={`winback-reason-text-${row.code}`}
        />
      </td>
      <td>
        <input
          value={texts.offer}
          title={texts.offer || undefined}
          aria-label={m.fieldFor(m.offer, customer)}
          onChange={(e) => setTexts((t) => ({ ...t, offer: e.target.value }))}
          onBlur={() => void save({ offer: text(texts.offer) })}
          onKeyDown={(e) => e.key === 'Enter' && void save({ offer: text(texts.offer) })}
          data-testid={`winback-offer-${row.code}`}
        />
      </td>
      <td>
        <select
          value={stored.outcome}
          aria-label={m.fieldFor(m.outcome, customer)}
          onChange={(e) => void save({ outcome: OUTCOMES.find((o) => o === e.target.value) ?? 'open' })}
          className={`outcome-${stored.outcome.replace(' ', '-')}`}
          data-testid={`winback-outcome-${row.code}`}
        >
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {m.outcomes[o]}
            </option>
          ))}
        </select>
      </td>
      <td className="save-state muted" role="status" data-testid={`winback-state-${row.code}`}>
        {state === 'saving' ? m.saving : state === 'saved' ? m.saved : ''}
      </td>
    </tr>
  );
}
