// The schema's history, oldest first. A migration is never edited once released: add a file.
import engine from './001-engine.sql?raw';

export type Migration = { version: number; name: string; sql: string };

export const migrations: Migration[] = [{ version: 1, name: '001-engine', sql: engine }];
