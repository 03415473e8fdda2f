// The customer's logged activities (calls, visits, e-mails, meetings), newest first, and the
// shared activity form (renderer/components/activity-form.tsx) to log a new one.
import { useState } from 'react';
import type { Dossier } from '../../../shared/api/customers-api';
import type { TeamMember } from '../../../shared/kam/kam-types';
import { ActivityForm } from '../../components/activity-form';
import { useMessages, useSettings } from '../../i18n/settings';
import { activityFormMessages } from '../../components/activity-form-messages';
import { dossierMessages } from './dossier-messages';
import type { DossierEditor } from './use-dossier-editor';

type Props = { dossier: Dossier; team: TeamMember[]; editor: DossierEditor | null; onLogged(): void };

export function ActivitiesSection({ dossier, team, editor, onLogged }: Props) {
  const m = useMessages(dossierMessages);
  const a = m.activities;
  const f = useMessages(activityFormMessages);
  const { fmt } = useSettings();
  const [logging, setLogging] = useState(false);
  const ownerName = new Map(team.map((t) => [t.id, t.name]));
  return (
    <section className="dossier-section panel" aria-labelledby="sec-activities">
      <div className="section-head">
        <h2 id="sec-activities">{m.sections.activities}</h2>
        {editor && !logging && (
          <button type="button" className="no-print" onClick={() => setLogging(true)} data-testid="log-activity">
            {f.title}
          </button>
        )}
      </div>
      {editor && logging && (
        <div className="no-print">
          <ActivityForm
            code={dossier.record.code}
            customerName={dossier.record.name.value}
            onSaved={() => {
              setLogging(false);
              onLogged();
            }}
            onCancel={() => setLogging(false)}
          />
        </div>
      )}
      {dossier.activities.length === 0 ? (
        <p className="muted">{a.none}</p>
      ) : (
        <table className="data compact records" data-testid="activities">
          <thead>
            <tr>
              <th>{a.day}</th>
              <th>{a.kind}</th>
              <th>{a.owner}</th>
              <th>{a.notes}</th>
              <th>{a.next}</th>
            </tr>
          </thead>
          <tbody>
            {dossier.activities.map((x) => (
              <tr key={x.id}>
                <td>{fmt.day(x.day)}</td>
                <td>{a.kinds[x.kind]}</td>
                <td>{x.ownerId === null ? '' : (ownerName.get(x.ownerId) ?? '')}</td>
                <td className="wrap">{x.notes ?? ''}</td>
                <td>{x.nextContactDay === null ? '' : fmt.day(x.nextContactDay)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
