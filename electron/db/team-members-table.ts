// SQL of the team_members table: the sellers and key account managers a customer or an action
// can be given to. Deleting is a soft delete, undone by restoring.
import type { TeamMember } from '../../shared/kam/kam-types';
import type { Db } from './open-database';
import { cachedStatement } from './statement-cache';

type Row = { id: number; name: string; role: TeamMember['role']; email: string | null; deleted_at: string | null };

const toMember = (r: Row): TeamMember => ({ id: r.id, name: r.name, role: r.role, email: r.email });

/** The members not deleted, by name. */
export function listTeamMembers(db: Db): TeamMember[] {
  return (db.prepare('SELECT * FROM team_members WHERE deleted_at IS NULL ORDER BY name, id').all() as Row[]).map(toMember);
}

/** A member, deleted or not; null when the id is unknown. */
export function getTeamMember(db: Db, id: number): (TeamMember & { deleted: boolean }) | null {
  const r = cachedStatement(db, 'SELECT * FROM team_members WHERE id = ?').get(id) as Row | undefined;
  return r ? { ...toMember(r), deleted: r.deleted_at !== null } : null;
}

export function insertTeamMember(db: Db, m: Omit<TeamMember, 'id'>): number {
  return Number(db.prepare('INSERT INTO team_members (name, role, email) VALUES (?, ?, ?)').run(m.name, m.role, m.email).lastInsertRowid);
}

export function updateTeamMember(db: Db, m: TeamMember): void {
  db.prepare('UPDATE team_members SET name = ?, role = ?, email = ? WHERE id = ?').run(m.name, m.role, m.email, m.id);
}

export function setTeamMemberDeleted(db: Db, id: number, deleted: boolean): void {
  db.prepare(`UPDATE team_members SET deleted_at = ${deleted ? "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')" : 'NULL'} WHERE id = ?`).run(id);
}

/** Id → name of every member, deleted ones included (a customer keeps showing its former KAM). */
export function teamMemberNames(db: Db): Map<number, string> {
  const rows = db.prepare('SELECT id, name FROM team_members').all() as { id: number; name: string }[];
  return new Map(rows.map((r) => [r.id, r.name]));
}
