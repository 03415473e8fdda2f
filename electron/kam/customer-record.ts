// The customer record as the screens see it: the imported attributes, the user's edits over them
// (edit ?? imported), and the profile's own fields.
import { apiError } from '../../shared/api/errors';
import { editable, effective } from '../../shared/kam/editable';
import type { CustomerRecord, UpsellPotential } from '../../shared/kam/kam-types';
import { customerCode } from '../../shared/kam/input-checks';
import { findCustomerProfile, type CustomerProfileRow } from '../db/customer-profiles-table';
import { tagsOfCustomer } from '../db/customer-tags-table';
import type { Db } from '../db/open-database';

export function toCustomerRecord(r: CustomerProfileRow, tags: string[]): CustomerRecord {
  return {
    id: r.id,
    code: r.code,
    name: editable(r.name, r.name_edit),
    seller: editable(r.seller, r.seller_edit),
    segment: editable(r.segment, r.segment_edit),
    region: editable(r.region, r.region_edit),
    businessType: r.business_type,
    kamId: r.kam_id,
    relationshipType: r.relationship_type,
    upsellPotential: r.upsell_potential as UpsellPotential | null,
    threeP: { need: r.need_ok === 1, pay: r.pay_ok === 1, authority: r.authority_ok === 1, checkedOn: r.three_p_checked_on },
    imageMaker: r.image_maker === 1,
    expert: r.expert === 1,
    tags,
    notes: r.notes,
    createdByHand: r.source_batch_id === null,
    hasSales: r.has_sales === 1,
    deleted: r.deleted_at !== null,
  };
}

/** The effective name, seller, segment and region of a row (edit ?? imported). */
export function effectiveAttributes(r: CustomerProfileRow) {
  return {
    name: effective(r.name, r.name_edit),
    seller: effective(r.seller, r.seller_edit),
    segment: effective(r.segment, r.segment_edit),
    region: effective(r.region, r.region_edit),
  };
}

/** The customer of a code (deleted or not), or a not-found error naming it. */
export function requireCustomer(db: Db, code: unknown): CustomerProfileRow {
  const c = customerCode(code);
  const row = findCustomerProfile(db, c);
  if (!row) throw apiError('kam/customer-not-found', { code: c });
  return row;
}

/** Writes need a customer that is not deleted. */
export function requireLiveCustomer(db: Db, code: unknown): CustomerProfileRow {
  const row = requireCustomer(db, code);
  if (row.deleted_at !== null) throw apiError('kam/customer-deleted', { code: row.code });
  return row;
}

export function loadCustomerRecord(db: Db, code: unknown): CustomerRecord {
  const row = requireCustomer(db, code);
  return toCustomerRecord(row, tagsOfCustomer(db, row.id));
}
