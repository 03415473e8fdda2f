// SQL of the customer_profiles table: what the user edited on a customer, read together with
// the imported attributes of the customers table (a NULL edit means "use the imported value").
// Also creates the customers row of a customer added by hand (a prospect).
import type { KeyAccountType } from '../../shared/analysis/result-types';
import type { CustomerPatch } from '../../shared/kam/kam-types';
import type { Day } from '../../shared/domain/calendar';
import { jsonColumns } from './json-columns';
import type { Db } from './open-database';
import { cachedStatement } from './statement-cache';

/** A customers row with its profile (all profile columns NULL when it has none). */
export type CustomerProfileRow = {
  id: number;
  code: string;
  name: string | null;
  seller: string | null;
  segment: string | null;
  region: string | null;
  source_batch_id: number | null;
  has_profile: number;
  name_edit: string | null;
  seller_edit: string | null;
  segment_edit: string | null;
  region_edit: string | null;
  business_type: string | null;
  kam_id: number | null;
  relationship_type: string | null;
  upsell_potential: string | null;
  need_ok: number | null;
  pay_ok: number | null;
  authority_ok: number | null;
  three_p_checked_on: number | null;
  image_maker: number | null;
  expert: number | null;
  notes: string | null;
  deleted_at: string | null;
  has_sales: number;
};

const SELECT = `SELECT c.id, c.code, c.name, c.seller, c.segment, c.region, c.source_batch_id,
    p.customer_id IS NOT NULL AS has_profile, p.name_edit, p.seller_edit, p.segment_edit, p.region_edit,
    p.business_type, p.kam_id, p.relationship_type, p.upsell_potential, p.need_ok, p.pay_ok, p.authority_ok,
    p.three_p_checked_on, p.image_maker, p.expert, p.notes, p.deleted_at,
    EXISTS (SELECT 1 FROM sale_lines s WHERE s.customer_id = c.id) AS has_sales
  FROM customers c LEFT JOIN customer_profiles p ON p.customer_id = c.id`;

export function findCustomerProfile(db: Db, code: string): CustomerProfileRow | null {
  return (db.prepare(`${SELECT} WHERE c.code = ?`).get(code) as CustomerProfileRow | undefined) ?? null;
}

export function getCustomerProfile(db: Db, customerId: number): CustomerProfileRow | null {
  return (db.prepare(`${SELECT} WHERE c.id = ?`).get(customerId) as CustomerProfileRow | undefined) ?? null;
}

/** What names a customer and its owner (code, name, seller, KAM: imported and edited), for lists of tens of thousands (the agenda). */
export type CustomerNameRow = Pick<CustomerProfileRow, 'id' | 'code' | 'name' | 'name_edit' | 'seller' | 'seller_edit' | 'kam_id'>;

/** The customers (not deleted) of the given codes or ids, unordered. */
export function listCustomerNames(db: Db, of: { codes: readonly string[] } | { ids: readonly number[] }): CustomerNameRow[] {
  const [column, list] = 'codes' in of ? ['c.code', of.codes] : ['c.id', of.ids];
  return db
    .prepare(
      `SELECT c.id, c.code, c.name, p.name_edit, c.seller, p.seller_edit, p.kam_id
         FROM customers c LEFT JOIN customer_profiles p ON p.customer_id = c.id
        WHERE p.deleted_at IS NULL AND ${column} IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(list)) as CustomerNameRow[];
}

/** Every customer's profile, or only those of `codes` (a run's key accounts among 50,000 customers). */
export function listCustomerProfiles(
  db: Db,
  options: { includeDeleted?: boolean; codes?: readonly string[]; ids?: readonly number[] } = {},
): CustomerProfileRow[] {
  const where = [
    options.includeDeleted ? null : 'p.deleted_at IS NULL',
    options.codes ? 'c.code IN (SELECT value FROM json_each(?))' : null,
    options.ids ? 'c.id IN (SELECT value FROM json_each(?))' : null,
  ].filter((w) => w !== null);
  const sql = `${SELECT}${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY c.code`;
  const args = [options.codes, options.ids].flatMap((list) => (list ? [JSON.stringify(list)] : []));
  return db.prepare(sql).all(...args) as CustomerProfileRow[];
}

/**
 * The sellers of the customers not deleted (the seller typed on a customer, else the one of its
 * latest sale), each with how many customers it has, most customers first.
 */
export function customerSellers(db: Db): { name: string; customers: number }[] {
  return db
    .prepare(
      `SELECT TRIM(COALESCE(p.seller_edit, c.seller)) AS name, COUNT(*) AS customers
         FROM customers c LEFT JOIN customer_profiles p ON p.customer_id = c.id
        WHERE p.deleted_at IS NULL AND TRIM(COALESCE(p.seller_edit, c.seller, '')) <> ''
        GROUP BY 1 ORDER BY customers DESC, name`,
    )
    .all() as { name: string; customers: number }[];
}

/**
 * A customer created by hand: a customers row with no import batch (undoing an import never
 * removes it) and an empty profile. Returns its id.
 */
export function insertHandMadeCustomer(db: Db, code: string): number {
  const id = Number(db.prepare('INSERT INTO customers (code, source_batch_id) VALUES (?, NULL)').run(code).lastInsertRowid);
  ensureProfile(db, id);
  return id;
}

export function ensureProfile(db: Db, customerId: number): void {
  db.prepare('INSERT OR IGNORE INTO customer_profiles (customer_id) VALUES (?)').run(customerId);
}

const COLUMNS: Record<Exclude<keyof CustomerPatch, 'tags'>, string> = {
  name: 'name_edit',
  seller: 'seller_edit',
  segment: 'segment_edit',
  region: 'region_edit',
  businessType: 'business_type',
  kamId: 'kam_id',
  relationshipType: 'relationship_type',
  upsellPotential: 'upsell_potential',
  need: 'need_ok',
  pay: 'pay_ok',
  authority: 'authority_ok',
  imageMaker: 'image_maker',
  expert: 'expert',
  notes: 'notes',
};

/**
 * Writes the patched fields of a checked patch (tags apart); ticking or unticking any of the
 * three P stamps `threePCheckedOn`. Creates the profile when missing.
 */
export function updateProfile(db: Db, customerId: number, patch: CustomerPatch, threePCheckedOn: Day): void {
  ensureProfile(db, customerId);
  const sets: string[] = [];
  const args: (string | number | null)[] = [];
  for (const [key, column] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, string][]) {
    if (!(key in patch)) continue;
    const value = patch[key];
    sets.push(`${column} = ?`);
    args.push(typeof value === 'boolean' ? (value ? 1 : 0) : (value ?? null));
  }
  if ('need' in patch || 'pay' in patch || 'authority' in patch) {
    sets.push('three_p_checked_on = ?');
    args.push(threePCheckedOn);
  }
  sets.push(`updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`);
  db.prepare(`UPDATE customer_profiles SET ${sets.join(', ')} WHERE customer_id = ?`).run(...args, customerId);
}

export function setCustomerDeleted(db: Db, customerId: number, deleted: boolean): void {
  ensureProfile(db, customerId);
  db.prepare(
    `UPDATE customer_profiles SET deleted_at = ${deleted ? "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')" : 'NULL'} WHERE customer_id = ?`,
  ).run(customerId);
}

/**
 * Customer id → the key-account types set by hand (image maker, expert), for the analysis:
 * `analyze` takes them as `CustomerInput.manualTypes`.
 */
export function manualTypesByCustomer(db: Db): Map<number, KeyAccountType[]> {
  const out = new Map<number, KeyAccountType[]>();
  const rows = db.prepare('SELECT customer_id, image_maker, expert FROM customer_profiles WHERE image_maker = 1 OR expert = 1').all() as {
    customer_id: number;
    image_maker: number;
    expert: number;
  }[];
  for (const r of rows) {
    const types: KeyAccountType[] = [];
    if (r.image_maker) types.push('image maker');
    if (r.expert) types.push('expert');
    out.set(r.customer_id, types);
  }
  return out;
}

/**
 * SQL condition (on `customers`) that is true when the user wrote something about the customer
 * by hand: a profile or any record. Undoing an import must not delete such a customer.
 */
export const HAS_HAND_ENTERED_DATA = `(EXISTS (SELECT 1 FROM customer_profiles x WHERE x.customer_id = customers.id)
  OR EXISTS (SELECT 1 FROM customer_tags x WHERE x.customer_id = customers.id)
  OR EXISTS (SELECT 1 FROM customer_people x WHERE x.customer_id = customers.id)
  OR EXISTS (SELECT 1 FROM competitors x WHERE x.customer_id = customers.id)
  OR EXISTS (SELECT 1 FROM relationship_events x WHERE x.customer_id = customers.id)
  OR EXISTS (SELECT 1 FROM objectives x WHERE x.customer_id = customers.id)
  OR EXISTS (SELECT 1 FROM actions x WHERE x.customer_id = customers.id)
  OR EXISTS (SELECT 1 FROM activities x WHERE x.customer_id = customers.id)
  OR EXISTS (SELECT 1 FROM winback_cases x WHERE x.customer_id = customers.id)
  OR EXISTS (SELECT 1 FROM survey_answers x WHERE x.customer_id = customers.id))`;

/** What the portfolio reads of every customer, a column each (json-columns.ts): its imported name, seller, segment and region. */
export type CustomerBaseColumns = {
  id: number[]; code: string[]; name: (string | null)[]; seller: (string | null)[]; segment: (string | null)[]; region: (string | null)[];
};

export function customerBaseColumns(db: Db): CustomerBaseColumns {
  const [id, code, name, seller, segment, region] = jsonColumns(db, ['id', 'code', 'name', 'seller', 'segment', 'region'], 'customers');
  return { id, code, name, seller, segment, region } as CustomerBaseColumns;
}

/** The customers the user deleted. */
export function deletedCustomerIds(db: Db): Set<number> {
  return new Set(cachedStatement(db, 'SELECT customer_id FROM customer_profiles WHERE deleted_at IS NOT NULL').pluck().all() as number[]);
}

/** What the user changed on customers (only those with a profile): edits, KAM, the three P, deletion. */
export type ProfileRow = [
  customerId: number, nameEdit: string | null, sellerEdit: string | null, segmentEdit: string | null, regionEdit: string | null,
  kamId: number | null, need: number | null, pay: number | null, authority: number | null, deleted: number,
];

export function profileRows(db: Db): ProfileRow[] {
  return cachedStatement(
    db,
    `SELECT customer_id, name_edit, seller_edit, segment_edit, region_edit, kam_id, need_ok, pay_ok, authority_ok,
            deleted_at IS NOT NULL FROM customer_profiles`,
  )
    .raw()
    .all() as ProfileRow[];
}
