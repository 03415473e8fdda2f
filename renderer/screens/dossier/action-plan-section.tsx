// Section 5: the action plan — objectives, and the actions that serve them, each with an owner
// (a team member) and a due date. Ticking "done" saves at once with today's date.
import type { ReactNode } from 'react';
import type { Dossier } from '../../../shared/api/customers-api';
import type { Day } from '../../../shared/domain/calendar';
import type { Action, Objective, TeamMember } from '../../../shared/kam/kam-types';
import { useMessages, useSettings } from '../../i18n/settings';
import { dossierMessages } from './dossier-messages';
import { planMessages } from './plan-messages';
import { day, dayText, id, idText, type FormValues } from './form-values';
import { RecordForm, RecordRow, type FieldSpec } from './record-form';
import type { DossierEditor } from './use-dossier-editor';

type Props = { dossier: Dossier; team: TeamMember[]; editor: DossierEditor | null; today: Day };

export function ActionPlanSection({ dossier, team, editor, today }: Props) {
  const m = useMessages(dossierMessages);
  const p = useMessages(planMessages);
  const { fmt, locale } = useSettings();
  const { objectives, actions } = dossier;
  const ownerName = new Map(team.map((t) => [t.id, t.name]));

  const doneBox = (done: boolean, label: string, onToggle: (done: boolean) => void, testId: string): ReactNode => (
    <>
      {editor && <input type="checkbox" className="screen-only" key={String(done)} defaultChecked={done} aria-label={`${p.done}: ${label}`} onChange={(e) => onToggle(e.target.checked)} data-testid={testId} />}
      <span className={editor ? 'print-only check-mark' : 'check-mark'}>{done ? '☑' : '☐'}</span>
    </>
  );
  const dueText = (due: Day | null, done: Day | null) =>
    due === null ? '' : `${fmt.day(due)}${done === null && due < today ? ` (${p.overdue})` : ''}`;

  const objectiveFields: FieldSpec[] = [
    { key: 'title', label: p.objective, required: true },
    { key: 'dueDay', label: p.due, type: 'date' },
  ];
  const saveObjective = (o: Omit<Objective, 'id'> & { id?: number }) => (editor ? editor.save('objective', o) : Promise.resolve(false));

  const actionFields: FieldSpec[] = [
    { key: 'title', label: p.action, required: true },
    { key: 'objectiveId', label: p.objective, type: 'select', options: [['', p.noObjective], ...objectives.map((o): [string, string] => [String(o.id), o.title])] },
    { key: 'ownerId', label: p.owner, type: 'select', options: [['', p.noOwner], ...team.map((t): [string, string] => [String(t.id), t.name])] },
    { key: 'dueDay', label: p.due, type: 'date' },
  ];
  const saveAction = (a: Omit<Action, 'id'> & { id?: number }) => (editor ? editor.save('action', a) : Promise.resolve(false));
  const actionValues = (a: Action): FormValues => ({ title: a.title, objectiveId: idText(a.objectiveId), ownerId: idText(a.ownerId), dueDay: dayText(a.dueDay, fmt) });
  const actionOf = (v: FormValues, base: Pick<Action, 'doneDay'> & { id?: number }) => ({
    ...base,
    title: v.title ?? '',
    objectiveId: id(v.objectiveId),
    ownerId: id(v.ownerId),
    dueDay: day(v.dueDay, locale),
  });

  const actionRows = (list: Action[]) =>
    list.map((a) => (
      <RecordRow
        key={a.id}
        testId={`action-${a.id}`}
        className={a.doneDay === null ? undefined : 'done'}
        cells={[
          doneBox(a.doneDay !== null, a.title, (done) => void saveAction({ ...a, doneDay: done ? today : null }), `action-done-${a.id}`),
          a.title,
          a.ownerId === null ? '' : (ownerName.get(a.ownerId) ?? ''),
          dueText(a.dueDay, a.doneDay),
          a.doneDay === null ? '' : p.doneOn(fmt.day(a.doneDay)),
        ]}
        fields={actionFields}
        initial={actionValues(a)}
        onSave={(v) => saveAction(actionOf(v, { id: a.id, doneDay: a.doneDay }))}
        onDelete={() => editor!.remove('action', a.id, a.title)}
        editable={editor !== null}
      />
    ));
  const actionHead = (
    <thead>
      <tr>
        <th className="check-col" />
        <th>{p.action}</th>
        <th>{p.owner}</th>
        <th>{p.due}</th>
        <th>{p.done}</th>
        {editor && <th className="no-print" />}
      </tr>
    </thead>
  );
  const loose = actions.filter((a) => a.objectiveId === null || !objectives.some((o) => o.id === a.objectiveId));

  return (
    <section className="dossier-section panel" aria-labelledby="sec-plan">
      <h2 id="sec-plan">{m.sections.actionPlan}</h2>
      {objectives.length === 0 && <p className="muted">{p.noObjectives}</p>}
      {objectives.map((o) => {
        const own = actions.filter((a) => a.objectiveId === o.id);
        return (
          <div className="objective" key={o.id} data-testid={`objective-${o.id}`}>
            <table className="data compact records objective-head">
              <tbody>
                <RecordRow
                  testId={`objective-row-${o.id}`}
                  className={o.doneDay === null ? undefined : 'done'}
                  cells={[
                    doneBox(o.doneDay !== null, o.title, (done) => void saveObjective({ ...o, doneDay: done ? today : null }), `objective-done-${o.id}`),
                    <strong>{o.title}</strong>,
                    o.dueDay === null ? '' : `${p.due}: ${dueText(o.dueDay, o.doneDay)}`,
                    o.doneDay === null ? '' : p.doneOn(fmt.day(o.doneDay)),
                  ]}
                  fields={objectiveFields}
                  initial={{ title: o.title, dueDay: dayText(o.dueDay, fmt) }}
                  onSave={(v) => saveObjective({ id: o.id, title: v.title ?? '', dueDay: day(v.dueDay, locale), doneDay: o.doneDay })}
                  onDelete={() => editor!.remove('objective', o.id, o.title)}
                  editable={editor !== null}
                />
              </tbody>
            </table>
            {own.length > 0 && (
              <table className="data compact records actions">
                {actionHead}
                <tbody>{actionRows(own)}</tbody>
              </table>
            )}
          </div>
        );
      })}
      {loose.length > 0 && (
        <div className="objective">
          <h3>{p.withoutObjective}</h3>
          <table className="data compact records actions">
            {actionHead}
            <tbody>{actionRows(loose)}</tbody>
          </table>
        </div>
      )}
      {editor && (
        <div className="plan-forms no-print">
          <RecordForm
            fields={objectiveFields}
            initial={{ title: '', dueDay: '' }}
            submitLabel={p.addObjective}
            onSubmit={(v) => saveObjective({ title: v.title ?? '', dueDay: day(v.dueDay, locale), doneDay: null })}
            testId="objective-form"
          />
          <RecordForm
            fields={actionFields}
            initial={{ title: '', objectiveId: objectives.length ? String(objectives[0]!.id) : '', ownerId: idText(dossier.record.kamId), dueDay: '' }}
            submitLabel={p.addAction}
            onSubmit={(v) => saveAction(actionOf(v, { doneDay: null }))}
            testId="action-form"
            key={`${objectives.length}:${dossier.record.kamId ?? ''}`}
          />
        </div>
      )}
    </section>
  );
}
