// Section 3 (seed 002): the decision-making map — the customer's people with their role and
// contacts, their influence on the decision (decision maker, sponsor, user, gatekeeper), their
// attitude and whom they report to. A person without an influence is a plain contact.
import type { Dossier } from '../../../shared/api/customers-api';
import { ATTITUDES, INFLUENCES, type Person } from '../../../shared/kam/kam-types';
import { useMessages } from '../../i18n/settings';
import { dossierMessages } from './dossier-messages';
import { peopleMessages } from './people-messages';
import { id, idText, text, type FormValues } from './form-values';
import { RecordForm, RecordRow, type FieldSpec } from './record-form';
import type { DossierEditor } from './use-dossier-editor';

export function PeopleSection({ dossier, editor }: { dossier: Dossier; editor: DossierEditor | null }) {
  const m = useMessages(dossierMessages);
  const p = useMessages(peopleMessages);
  const people = dossier.people;
  const nameOf = new Map(people.map((x) => [x.id, x.name]));
  const fields = (self: number | null): FieldSpec[] => [
    { key: 'name', label: p.name, required: true },
    { key: 'role', label: p.role },
    { key: 'email', label: p.email, type: 'email' },
    { key: 'phone', label: p.phone, type: 'tel' },
    { key: 'influence', label: p.influence, type: 'select', options: [['', p.noInfluence], ...INFLUENCES.map((i): [string, string] => [i, p.influences[i]])] },
    { key: 'attitude', label: p.attitude, type: 'select', options: [['', p.nobody], ...ATTITUDES.map((a): [string, string] => [a, p.attitudes[a]])] },
    {
      key: 'reportsTo',
      label: p.reportsTo,
      type: 'select',
      options: [['', p.nobody], ...people.filter((x) => x.id !== self).map((x): [string, string] => [String(x.id), x.name])],
    },
  ];
  const blank: FormValues = { name: '', role: '', email: '', phone: '', influence: '', attitude: '', reportsTo: '' };
  const valuesOf = (x: Person): FormValues => ({
    name: x.name,
    role: x.role ?? '',
    email: x.email ?? '',
    phone: x.phone ?? '',
    influence: x.influence ?? '',
    attitude: x.attitude ?? '',
    reportsTo: idText(x.reportsTo),
  });
  const save = (v: FormValues, personId?: number) =>
    editor
      ? editor.save('person', {
          ...(personId === undefined ? {} : { id: personId }),
          name: v.name ?? '',
          role: text(v.role),
          email: text(v.email),
          phone: text(v.phone),
          influence: INFLUENCES.find((i) => i === v.influence) ?? null,
          attitude: ATTITUDES.find((a) => a === v.attitude) ?? null,
          reportsTo: id(v.reportsTo),
        })
      : Promise.resolve(false);
  return (
    <section className="dossier-section panel" aria-labelledby="sec-people">
      <h2 id="sec-people">{m.sections.decisionMap}</h2>
      {editor && <p className="muted small no-print">{p.intro}</p>}
      {people.length === 0 ? (
        <p className="muted">{p.none}</p>
      ) : (
        <table className="data compact records" data-testid="people">
          <thead>
            <tr>
              <th>{p.name}</th>
              <th>{p.role}</th>
              <th>{p.influence}</th>
              <th>{p.attitude}</th>
              <th>{p.reportsTo}</th>
              <th>{p.email}</th>
              <th>{p.phone}</th>
              {editor && <th className="no-print" />}
            </tr>
          </thead>
          <tbody>
            {people.map((x) => (
              <RecordRow
                key={x.id}
                testId={`person-${x.id}`}
                className={x.influence === 'decision maker' ? 'decision-maker' : undefined}
                cells={[
                  x.name,
                  x.role ?? '',
                  x.influence === null ? <span className="muted">{p.noInfluence}</span> : p.influences[x.influence],
                  x.attitude === null ? '' : <span className={`attitude attitude-${x.attitude}`}>{p.attitudes[x.attitude]}</span>,
                  x.reportsTo === null ? '' : (nameOf.get(x.reportsTo) ?? ''),
                  x.email ?? '',
                  x.phone ?? '',
                ]}
                fields={fields(x.id)}
                initial={valuesOf(x)}
                onSave={(v) => save(v, x.id)}
                onDelete={() => editor!.remove('person', x.id, x.name)}
                editable={editor !== null}
              />
            ))}
          </tbody>
        </table>
      )}
      {editor && <RecordForm fields={fields(null)} initial={blank} submitLabel={p.add} onSubmit={(v) => save(v)} testId="person-form" />}
    </section>
  );
}
