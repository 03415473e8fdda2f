// One customer's whole dossier, as the screen shows it (editor given: every field editable,
// saved at once) and as it prints (editor null: read-only, the dossiers of all A customers).
import type { Dossier } from '../../../shared/api/customers-api';
import type { TeamMember } from '../../../shared/kam/kam-types';
import { ClassBadge } from '../../components/class-badge';
import { localToday } from '../../components/local-today';
import { useMessages, useSettings } from '../../i18n/settings';
import { ActionPlanSection } from './action-plan-section';
import { ActivitiesSection } from './activities-section';
import { ClassificationSection } from './classification-section';
import { CompetitorsSection } from './competitors-section';
import { dossierMessages } from './dossier-messages';
import { GeneralSection } from './general-section';
import { HistorySection } from './history-section';
import { PeopleSection } from './people-section';
import type { DossierEditor } from './use-dossier-editor';

type Props = { dossier: Dossier; team: TeamMember[]; editor: DossierEditor | null; onChanged?(): void };

/** The heading every printed dossier starts with: who, which class, when printed. */
export function DossierHeading({ dossier, as: Tag = 'h1' }: { dossier: Dossier; as?: 'h1' | 'h2' }) {
  const m = useMessages(dossierMessages);
  const { fmt } = useSettings();
  const r = dossier.record;
  return (
    <div className="dossier-heading">
      <Tag className="dossier-name" data-testid="dossier-name">
        {dossier.current && (
          <>
            <ClassBadge value={dossier.current.abc} /> <ClassBadge value={dossier.current.xyz} />{' '}
          </>
        )}
        {r.name.value ?? r.code}
      </Tag>
      <div className="muted">
        {m.title(r.code)}
        {r.createdByHand && !r.hasSales ? ` · ${m.prospectBadge}` : ''}
        <span className="print-only"> · {m.printedOn(fmt.day(localToday()))}</span>
      </div>
    </div>
  );
}

export function DossierView({ dossier, team, editor, onChanged }: Props) {
  const today = localToday();
  return (
    <article className="dossier" data-code={dossier.record.code}>
      <GeneralSection dossier={dossier} team={team} editor={editor} />
      <ClassificationSection dossier={dossier} />
      <HistorySection dossier={dossier} editor={editor} today={today} />
      <PeopleSection dossier={dossier} editor={editor} />
      <CompetitorsSection dossier={dossier} editor={editor} />
      <ActionPlanSection dossier={dossier} team={team} editor={editor} today={today} />
      <ActivitiesSection dossier={dossier} team={team} editor={editor} onLogged={() => onChanged?.()} />
    </article>
  );
}
