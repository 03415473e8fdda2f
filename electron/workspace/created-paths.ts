// A command that fails must leave nothing behind (`clave import` of a missing file, a bad
// option found late): what it creates — the workspace file, its SQLite companions, the folders
// made for it — is noted before, and removed when it fails.
import { existsSync, rmdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { removeDatabaseFiles } from './restore-files';

export type CreatedPaths = { undo(): void };

export function noteCreatedPaths(dbPath: string): CreatedPaths {
  const existed = existsSync(dbPath);
  const folders: string[] = [];
  for (let dir = dirname(dbPath); !existsSync(dir) && dirname(dir) !== dir; dir = dirname(dir)) folders.push(dir);
  return {
    undo() {
      if (existed) return;
      removeDatabaseFiles(dbPath);
      for (const dir of folders) {
        try {
          rmdirSync(dir); // only when empty: never a folder that holds anything else
        } catch {
          return;
        }
      }
    },
  };
}
