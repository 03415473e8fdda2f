// The team (KAMs, sellers, managers) the dossier's KAM and the action owners are chosen from:
// add, rename (saved on leaving the field), change the role, delete with undo; the sellers of the
// sales offered to be added (team-sellers.tsx).
import { useState, type FormEvent } from 'react';
import { TEAM_ROLES } from '../../../shared/kam/record-input';
import type { TeamMember } from '../../../shared/kam/kam-types';
import { invoke } from '../../api';
import { useReportError } from '../../app/errors';
import { ConfirmButton } from '../../components/confirm-button';
import type { UndoOffer } from '../../components/undo-notice';
import { useMessages } from '../../i18n/settings';
import { portfolioMessages } from './portfolio-messages';
import { TeamSellers } from './team-sellers';

type Props = { team: TeamMember[]; version: number; onChanged(): void; undo: UndoOffer };

export function TeamPanel({ team, version, onChanged, undo }: Props) {
  const m = useMessages(portfolioMessages);
  const report = useReportError();
  const [name, setName] = useState('');
  const [role, setRole] = useState<TeamMember['role']>('kam');
  const save = async (member: Omit<TeamMember, 'id'> & { id?: number }) => {
    try {
      await invoke('team/save', { member });
      onChanged();
    } catch (e) {
      report(e);
    }
  };
  const add = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    await save({ name, role, email: null });
    setName('');
  };
  const remove = async (member: TeamMember) => {
    try {
      await invoke('team/delete', { id: member.id });
      onChanged();
      undo.offer(m.removed(member.name), async () => {
        await invoke('team/restore', { id: member.id });
        onChanged();
      });
    } catch (e) {
      report(e);
    }
  };
  return (
    <section className="panel team-panel" aria-labelledby="team-title" data-testid="team-panel">
      <h2 id="team-title">{m.teamTitle}</h2>
      {team.length === 0 ? (
        <p className="muted">{m.teamEmpty}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th>{m.teamName}</th>
              <th>{m.teamRole}</th>
              <th>{m.teamEmail}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {team.map((t) => (
              <tr key={t.id} data-testid={`team-${t.id}`}>
                <td>
                  <input
                    key={t.name}
                    defaultValue={t.name}
                    aria-label={m.renameLabel(t.name)}
                    onBlur={(e) => {
                      const v = e.target.value.trim();
                      if (v && v !== t.name) void save({ ...t, name: v });
                      else e.target.value = t.name;
                    }}
                    onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
                  />
                </td>
                <td>
                  <select value={t.role} aria-label={m.teamRole} onChange={(e) => void save({ ...t, role: TEAM_ROLES.find((r) => r === e.target.value) ?? t.role })}>
                    {TEAM_ROLES.map((r) => (
                      <option key={r} value={r}>
                        {m.roles[r]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    key={t.email ?? ''}
                    type="email"
                    defaultValue={t.email ?? ''}
                    aria-label={m.teamEmail}
                    onBlur={(e) => {
                      const v = e.target.value.trim() || null;
                      if (v !== t.email) void save({ ...t, email: v });
                    }}
                  />
                </td>
                <td>
                  <ConfirmButton question={m.removeQuestion(t.name)} confirm={m.removeConfirm} onConfirm={() => remove(t)} testId={`team-delete-${t.id}`}>
                    {m.remove}
                  </ConfirmButton>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="row team-add" onSubmit={add}>
        <input value={name} onChange={(e) => setName(e.target.value)} placeholder={m.teamNewName} aria-label={m.teamNewName} data-testid="team-new-name" />
        <select value={role} onChange={(e) => setRole(TEAM_ROLES.find((r) => r === e.target.value) ?? 'kam')} aria-label={m.teamRole} data-testid="team-new-role">
          {TEAM_ROLES.map((r) => (
            <option key={r} value={r}>
              {m.roles[r]}
            </option>
          ))}
        </select>
        <button type="submit" disabled={!name.trim()} data-testid="team-add">
          {m.teamAdd}
        </button>
      </form>
      <TeamSellers version={version} onChanged={onChanged} undo={undo} />
    </section>
  );
}
