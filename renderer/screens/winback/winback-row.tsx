// One customer to win back: who, what it was worth, and its case (reason from the list plus
// free text, the offer made, the outcome). A select is saved as soon as it changes, a text
// when the field is left. The saves of a row go one after the other, each sending the whole
// case as chosen and typed so far: a detail typed while the reason was still being saved was
// lost (each save sent the case as it was before the other). The row shows what was chosen at
// once, and takes back what the backend stored only where nothing newer was typed since.
import { useRef, useState } from 'react';
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
type Texts = { reasonText: string; offer: string };

const draftOf = (c: WinbackCase | null): Draft => ({
  reason: c?.reason ?? null,
  reasonText: c?.reasonText ?? null,
  offer: c?.offer ?? null,
  outcome: c?.outcome ?? 'open',
});
const sameDraft = (a: Draft, b: Draft) => a.reason === b.reason && a.reasonText === b.reasonText && a.offer === b.offer && a.outcome === b.outcome;

export function WinbackRow({ row, onSaved }: { row: Row; onSaved(row: Row): void }) {
  const m = useMessages(winbackMessages);
  const { fmt, labels } = useSettings();
  const report = useReportError();
  // `wanted`: the case as chosen and typed (what the selects show); `stored`: the backend's.
  const [wanted, setWanted] = useState<Draft>(() => draftOf(row.case));
  const wantedRef = useRef(wanted);
  const storedRef = useRef(wanted);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const pending = useRef(0);
  const [texts, setTexts] = useState<Texts>({ reasonText: wanted.reasonText ?? '', offer: wanted.offer ?? '' });
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const customer = row.name ? `${row.code} · ${row.name}` : row.code;

  const want = (next: Draft) => {
    wantedRef.current = next;
    setWanted(next);
  };
  const sendWanted = async () => {
    const sent = wantedRef.current;
    if (sameDraft(sent, storedRef.current)) return;
    const saved = await invoke('winback/save', { code: row.code, case: sent });
    const stored = draftOf(saved.case);
    storedRef.current = stored;
    // Nothing changed while it was on its way: show the case as stored (texts trimmed).
    if (wantedRef.current === sent) {
      want(stored);
      setTexts((t) => ({
        reasonText: t.reasonText.trim() === (sent.reasonText ?? '') ? (stored.reasonText ?? '') : t.reasonText,
        offer: t.offer.trim() === (sent.offer ?? '') ? (stored.offer ?? '') : t.offer,
      }));
    }
    onSaved(saved);
  };
  const save = (patch: Partial<Draft>) => {
    const next = { ...wantedRef.current, ...patch };
    if (sameDraft(next, wantedRef.current)) return;
    want(next);
    pending.current += 1;
    setState('saving');
    queue.current = queue.current
      .then(sendWanted)
      .then(
        () => {
          pending.current -= 1;
          if (pending.current === 0) setState('saved');
        },
        (e: unknown) => {
          pending.current -= 1;
          // The choices go back to what is stored (unless a later save, still to go, sends
          // them again); the texts stay as typed, to be saved again on leaving them.
          if (pending.current === 0) {
            want({ ...storedRef.current });
            setState('idle');
          }
          report(e);
        },
      );
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
          value={wanted.reason ?? ''}
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
          value={wanted.outcome}
          aria-label={m.fieldFor(m.outcome, customer)}
          onChange={(e) => void save({ outcome: OUTCOMES.find((o) => o === e.target.value) ?? 'open' })}
          className={`outcome-${wanted.outcome.replace(' ', '-')}`}
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
