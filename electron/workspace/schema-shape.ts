// What a workspace's schema is made of, in a form two databases can be compared by: each table
// with its columns and foreign keys, each index with its columns, each view and trigger with its
// SQL. A restored backup must have exactly the shape a fresh Clave workspace has (no table,
// column, index, view or trigger more or less), so that nothing Clave did not write can run.
import Database from 'better-sqlite3';
import { migrations } from '../db/migrations/index';
import { migrate, type Db } from '../db/open-database';

export type ObjectKind = 'table' | 'index' | 'view' | 'trigger';
/** `kind:name` → a description that differs whenever the object does. */
export type SchemaShape = Map<string, string>;

type SchemaRow = { type: string; name: string; tbl_name: string; sql: string | null };

/** SQL text with its spacing made uniform (a migration and a copy of it may differ only there). */
function normalised(sql: string | null): string {
  return (sql ?? '').replace(/\s+/g, ' ').replace(/\s*([(),;])\s*/g, '$1').trim();
}

function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function describeTable(db: Db, name: string): string {
  const columns = db.prepare(`PRAGMA table_xinfo(${quote(name)})`).all() as Record<string, unknown>[];
  const keys = db.prepare(`PRAGMA foreign_key_list(${quote(name)})`).all() as Record<string, unknown>[];
  const list = db.prepare('SELECT type, wr, strict FROM pragma_table_list WHERE name = ?').get(name);
  return JSON.stringify({
    list,
    columns: columns.map((c) => [c.name, String(c.type).toUpperCase(), c.notnull, c.dflt_value, c.pk, c.hidden]),
    keys: keys.map((k) => [k.id, k.seq, k.table, k.from, k.to, k.on_update, k.on_delete, k.match]),
  });
}

function describeIndex(db: Db, row: SchemaRow): string {
  const columns = db.prepare(`PRAGMA index_xinfo(${quote(row.name)})`).all() as Record<string, unknown>[];
  const where = /\bWHERE\b([\s\S]*)$/i.exec(row.sql ?? '')?.[1] ?? '';
  return JSON.stringify({
    table: row.tbl_name,
    unique: /^\s*CREATE\s+UNIQUE\b/i.test(row.sql ?? ''),
    columns: columns.filter((c) => c.key === 1).map((c) => [c.name, c.desc, c.coll]),
    where: normalised(where),
  });
}

export function schemaShape(db: Db): SchemaShape {
  const rows = db
    .prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name")
    .all() as SchemaRow[];
  const shape: SchemaShape = new Map();
  for (const row of rows) {
    const kind = row.type as ObjectKind;
    const description =
      kind === 'table' ? describeTable(db, row.name) : kind === 'index' ? describeIndex(db, row) : `${row.tbl_name}:${normalised(row.sql)}`;
    shape.set(`${kind}:${row.name}`, description);
  }
  return shape;
}

let reference: SchemaShape | null = null;

/** The shape of a workspace this version of Clave creates (every migration on an empty database). */
export function referenceShape(): SchemaShape {
  if (reference !== null) return reference;
  const db = new Database(':memory:');
  try {
    migrate(db, migrations);
    reference = schemaShape(db);
  } finally {
    db.close();
  }
  return reference;
}

export type ShapeDifference = { what: 'extra' | 'missing' | 'different'; kind: ObjectKind; name: string };

/** The first way `actual` differs from `expected` (extra objects first: they are what could run), or null. */
export function shapeDifference(actual: SchemaShape, expected: SchemaShape): ShapeDifference | null {
  const split = (key: string) => {
    const at = key.indexOf(':');
    return { kind: key.slice(0, at) as ObjectKind, name: key.slice(at + 1) };
  };
  for (const key of actual.keys()) if (!expected.has(key)) return { what: 'extra', ...split(key) };
  for (const key of expected.keys()) if (!actual.has(key)) return { what: 'missing', ...split(key) };
  for (const [key, description] of expected) if (actual.get(key) !== description) return { what: 'different', ...split(key) };
  return null;
}
