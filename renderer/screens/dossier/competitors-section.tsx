// Section 4 (seed 002): the competitors that also court this customer, with notes.
import type { Dossier } from '../../../shared/api/customers-api';
import { useMessages } from '../../i18n/settings';
import { dossierMessages } from './dossier-messages';
import { text, type FormValues } from './form-values';
import { RecordForm, RecordRow, type FieldSpec } from './record-form';
import type { DossierEditor } from './use-dossier-editor';

export function CompetitorsSection({ dossier, editor }: { dossier: Dossier; editor: DossierEditor | null }) {
  const m = useMessages(dossierMessages);
  const c = m.competitors;
  const fields: FieldSpec[] = [
    { key: 'name', label: c.name, required: true },
    { key: 'notes', label: c.notes, type: 'textarea' },
  ];
  const save = (v: FormValues, competitorId?: number) =>
    editor
      ? editor.save('competitor', { ...(competitorId === undefined ? {} : { id: competitorId }), name: v.name ?? '', notes: text(v.notes) })
      : Promise.resolve(false);
  return (
    <section className="dossier-section panel" aria-labelledby="sec-competitors">
      <h2 id="sec-competitors">{m.sections.competitors}</h2>
      {dossier.competitors.length === 0 ? (
        <p className="muted">{c.none}</p>
      ) : (
        <table className="data compact records" data-testid="competitors">
          <thead>
            <tr>
              <th>{c.name}</th>
              <th>{c.notes}</th>
              {editor && <th className="no-print" />}
            </tr>
          </thead>
          <tbody>
            {dossier.competitors.map((x) => (
              <RecordRow
                key={x.id}
                testId={`competitor-${x.id}`}
                cells={[x.name, <span className="pre-wrap">{x.notes ?? ''}</span>]}
                fields={fields}
                initial={{ name: x.name, notes: x.notes ?? '' }}
                onSave={(v) => save(v, x.id)}
                onDelete={() => editor!.remove('competitor', x.id, x.name)}
                editable={editor !== null}
              />
            ))}
          </tbody>
        </table>
      )}
      {editor && <RecordForm fields={fields} initial={{ name: '', notes: '' }} submitLabel={c.add} onSubmit={(v) => save(v)} testId="competitor-form" />}
    </section>
  );
}
