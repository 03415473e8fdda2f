// SQL of the settings table: workspace settings as JSON values under a key.
import type { Db } from './open-database';

/** The stored value, or undefined when the key was never set (or holds unreadable JSON). */
export function getSetting(db: Db, key: string): unknown {
  const text = db.prepare('SELECT value_json FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function setSetting(db: Db, key: string, value: unknown): void {
  db.prepare('INSERT INTO settings (key, value_json) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value_json = excluded.value_json').run(
    key,
    JSON.stringify(value),
  );
}
