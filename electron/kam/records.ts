// The records of a dossier (people, competitors, events, objectives, actions, activities, survey
// answers) are saved, deleted and restored the same way: this table routes each kind to its
// table module, and checks what ties a record to others (same customer, existing owner).
import { apiError } from '../../shared/api/errors';
import type { RecordKind, RecordKinds } from '../../shared/kam/kam-types';
import { checkRecord, RECORD_KINDS, type CheckedRecord } from '../../shared/kam/record-input';
import { getAction, insertAction, listActions, setActionDeleted, updateAction } from '../db/actions-table';
import { getActivity, insertActivity, listActivities, setActivityDeleted, updateActivity } from '../db/activities-table';
import { getCompetitor, insertCompetitor, listCompetitors, setCompetitorDeleted, updateCompetitor } from '../db/competitors-table';
import { getPerson, insertPerson, listPeople, setPersonDeleted, updatePerson } from '../db/customer-people-table';
import { getObjective, insertObjective, listObjectives, setObjectiveDeleted, updateObjective } from '../db/objectives-table';
import type { Db } from '../db/open-database';
import { getEvent, insertEvent, listEvents, setEventDeleted, updateEvent } from '../db/relationship-events-table';
import {
  getSurveyAnswer,
  insertSurveyAnswer,
  listSurveyAnswers,
  setSurveyAnswerDeleted,
  updateSurveyAnswer,
} from '../db/survey-answers-table';
import { getTeamMember } from '../db/team-members-table';
import { requireLiveCustomer } from './customer-record';

type Stored<K extends RecordKind> = { customerId: number; deleted: boolean; record: RecordKinds[K] };

type RecordTable<K extends RecordKind> = {
  list(db: Db, customerId: number): RecordKinds[K][];
  get(db: Db, id: number): Stored<K> | null;
  insert(db: Db, customerId: number, r: CheckedRecord<K>): number;
  update(db: Db, id: number, r: CheckedRecord<K>): void;
  setDeleted(db: Db, id: number, deleted: boolean): void;
};

export const RECORD_TABLES: { [K in RecordKind]: RecordTable<K> } = {
  person: { list: listPeople, get: getPerson, insert: insertPerson, update: updatePerson, setDeleted: setPersonDeleted },
  competitor: {
    list: listCompetitors,
    get: getCompetitor,
    insert: insertCompetitor,
    update: updateCompetitor,
    setDeleted: setCompetitorDeleted,
  },
  event: { list: listEvents, get: getEvent, insert: insertEvent, update: updateEvent, setDeleted: setEventDeleted },
  objective: {
    list: listObjectives,
    get: getObjective,
    insert: insertObjective,
    update: updateObjective,
    setDeleted: setObjectiveDeleted,
  },
  action: { list: listActions, get: getAction, insert: insertAction, update: updateAction, setDeleted: setActionDeleted },
  activity: {
    list: listActivities,
    get: getActivity,
    insert: insertActivity,
    update: updateActivity,
    setDeleted: setActivityDeleted,
  },
  survey: {
    list: listSurveyAnswers,
    get: getSurveyAnswer,
    insert: (db, customerId, r) => insertSurveyAnswer(db, customerId, { ...r, source: null }),
    update: updateSurveyAnswer,
    setDeleted: setSurveyAnswerDeleted,
  },
};

function tableOf<K extends RecordKind>(kind: K): RecordTable<K> {
  if (!RECORD_KINDS.includes(kind)) throw apiError('kam/bad-record-kind', { value: String(kind) });
  return RECORD_TABLES[kind];
}

function requireRecordId(id: unknown): number {
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) throw apiError('kam/bad-record-id');
  return id;
}

function requireOwner(db: Db, ownerId: number | null) {
  if (ownerId !== null && !getTeamMember(db, ownerId)) throw apiError('kam/owner-not-in-team', { id: ownerId });
}

/** What a record points to must belong to the same customer (or the team). */
function checkLinks(db: Db, kind: RecordKind, customerId: number, id: number | null, r: CheckedRecord<RecordKind>) {
  if (kind === 'person') {
    const reportsTo = (r as CheckedRecord<'person'>).reportsTo;
    if (reportsTo === null) return;
    if (reportsTo === id) throw apiError('kam/reports-to-self');
    const boss = getPerson(db, reportsTo);
    if (!boss || boss.customerId !== customerId || boss.deleted)
      throw apiError('kam/reports-to-elsewhere');
  } else if (kind === 'action') {
    const a = r as CheckedRecord<'action'>;
    requireOwner(db, a.ownerId);
    if (a.objectiveId !== null) {
      const o = getObjective(db, a.objectiveId);
      if (!o || o.customerId !== customerId || o.deleted) throw apiError('kam/objective-elsewhere');
    }
  } else if (kind === 'activity') {
    requireOwner(db, (r as CheckedRecord<'activity'>).ownerId);
  }
}

/** Creates (no id) or updates (id) a record of the customer; one transaction. */
export function saveRecord<K extends RecordKind>(db: Db, kind: K, code: unknown, input: unknown): RecordKinds[K] {
  const table = tableOf(kind);
  const checked = checkRecord(kind, input);
  const rawId = (input as { id?: unknown }).id;
  const id = rawId === undefined || rawId === null ? null : requireRecordId(rawId);
  return db.transaction(() => {
    const customer = requireLiveCustomer(db, code);
    checkLinks(db, kind, customer.id, id, checked);
    let savedId: number;
    if (id === null) savedId = table.insert(db, customer.id, checked);
    else {
      const stored = table.get(db, id);
      if (!stored || stored.deleted || stored.customerId !== customer.id)
        throw apiError('kam/record-not-in-customer', { kind, id, code: customer.code });
      table.update(db, id, checked);
      savedId = id;
    }
    return table.get(db, savedId)!.record;
  }).immediate();
}

/** Soft-deletes (or restores) a record; deleting twice is harmless. */
export function setRecordDeleted(db: Db, kind: RecordKind, id: unknown, deleted: boolean): { kind: RecordKind; id: number } {
  const table = tableOf(kind);
  const recordId = requireRecordId(id);
  if (!table.get(db, recordId)) throw apiError('kam/record-not-found', { kind, id: recordId });
  table.setDeleted(db, recordId, deleted);
  return { kind, id: recordId };
}

/** Every record kind of a customer, not deleted. */
export function customerRecords(db: Db, customerId: number) {
  return {
    people: RECORD_TABLES.person.list(db, customerId),
    competitors: RECORD_TABLES.competitor.list(db, customerId),
    events: RECORD_TABLES.event.list(db, customerId),
    objectives: RECORD_TABLES.objective.list(db, customerId),
    actions: RECORD_TABLES.action.list(db, customerId),
    activities: RECORD_TABLES.activity.list(db, customerId),
    surveys: RECORD_TABLES.survey.list(db, customerId),
  };
}
