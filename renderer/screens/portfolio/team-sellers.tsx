// The sellers found in the sales that the team does not have yet ('team/sellers'), each added
// with one click, or all at once ('team/add-sellers', which never adds a name twice); the
// addition can be undone from the notice. Shown under the team while there are any.
import { useState } from 'react';
import type { TeamMember } from '../../../shared/kam/kam-types';
import { invoke } from '../../api';
import { useReportError } from '../../app/errors';
import type { UndoOffer } from '../../components/undo-notice';
import { useApiData } from '../../components/use-api-data';
import { useMessages, useSettings } from '../../i18n/settings';
import { teamSellersMessages } from './team-sellers-messages';

type Props = { version: number; onChanged(): void; undo: UndoOffer };

export function TeamSellers({ version, onChanged, undo }: Props) {
  const m = useMessages(teamSellersMessages);
  const { fmt } = useSettings();
  const report = useReportError();
  const [busy, setBusy] = useState(false);
  const offers = useApiData(`team-sellers:${version}`, () => invoke('team/sellers', {})).data ?? [];
  if (offers.length === 0) return null;

  const add = async (names: string[]) => {
    if (busy) return;
    setBusy(true);
    try {
      const added: TeamMember[] = await invoke('team/add-sellers', { names });
      onChanged();
      if (added.length > 0)
        undo.offer(m.added(added.length, added.map((t) => t.name).join(', ')), async () => {
          for (const t of added) await invoke('team/delete', { id: t.id });
          onChanged();
        });
    } catch (e) {
      report(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="team-sellers" data-testid="team-sellers">
      <h3>{m.title}</h3>
      <p className="muted hint">{m.hint}</p>
      <ul className="seller-offers">
        {offers.map((o) => (
          <li key={o.name}>
            <button type="button" disabled={busy} onClick={() => void add([o.name])} aria-label={m.addOne(o.name)} data-testid="add-seller">
              + {o.name} <span className="muted">· {m.customers(o.customers, fmt.integer(o.customers))}</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="primary" disabled={busy} onClick={() => void add(offers.map((o) => o.name))} data-testid="add-all-sellers">
        {m.addAll(offers.length, fmt.integer(offers.length))}
      </button>
    </div>
  );
}
