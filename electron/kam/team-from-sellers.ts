// The team from the sales: the sellers found in the data (the customers' sellers) that are not
// yet members of the team, offered to be added as sellers one at a time or all at once. A name
// is the same person whatever its case and spacing ("bruno  lima" is "Bruno Lima"), so a seller
// is never added twice: not when the team already has it, not when asked twice at once.
import type { TeamMember } from '../../shared/kam/kam-types';
import { requiredText } from '../../shared/kam/input-checks';
import { customerSellers } from '../db/customer-profiles-table';
import type { Db } from '../db/open-database';
import { getTeamMember, insertTeamMember, listTeamMembers } from '../db/team-members-table';

export type SellerOffer = { name: string; customers: number };

/** How two names of one person compare: case, accents kept; spaces and case folded. */
export const personKey = (name: string): string => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('pt-BR');

/** The sellers of the data that the team does not have yet, most customers first. */
export function sellersNotInTeam(db: Db): SellerOffer[] {
  const inTeam = new Set(listTeamMembers(db).map((m) => personKey(m.name)));
  const offers = new Map<string, SellerOffer>();
  for (const s of customerSellers(db)) {
    const key = personKey(s.name);
    if (inTeam.has(key)) continue;
    const known = offers.get(key);
    if (known) known.customers += s.customers;
    else offers.set(key, { name: s.name.trim().replace(/\s+/g, ' '), customers: s.customers });
  }
  return [...offers.values()].sort((a, b) => b.customers - a.customers || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The member of the team a seller's name is (case and spacing aside), to own that seller's accounts; null when none. */
export function teamMemberOfSeller(db: Db): (seller: string | null) => number | null {
  const byKey = new Map(listTeamMembers(db).map((m) => [personKey(m.name), m.id]));
  // Asked for tens of thousands of customers (the agenda) with a few sellers: each name keyed once.
  const bySeller = new Map<string, number | null>();
  return (seller) => {
    if (seller === null) return null;
    let id = bySeller.get(seller);
    if (id === undefined) bySeller.set(seller, (id = byKey.get(personKey(seller)) ?? null));
    return id;
  };
}

/** Adds each name as a seller unless the team has it already; returns the members added. */
export function addSellersToTeam(db: Db, names: readonly unknown[]): TeamMember[] {
  const wanted = names.map((n) => requiredText(n, 'name').replace(/\s+/g, ' '));
  const ids = db
    .transaction(() => {
      const have = new Set(listTeamMembers(db).map((m) => personKey(m.name)));
      const added: number[] = [];
      for (const name of wanted) {
        const key = personKey(name);
        if (have.has(key)) continue;
        have.add(key);
        added.push(insertTeamMember(db, { name, role: 'seller', email: null }));
      }
      return added;
    })
    .immediate();
  return ids.map((id) => {
    const { deleted: _deleted, ...member } = getTeamMember(db, id)!;
    return member;
  });
}
