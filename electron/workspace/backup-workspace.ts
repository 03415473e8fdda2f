// 'workspace/backup': a consistent copy of the workspace with SQLite's online backup API (safe
// while the app runs and writes), into the save dialog's file or a temporary file to download.
// The copy is written under a temporary name and renamed into place when complete.
import type { ExportResult } from '../../shared/api/export-api';
import type { FileId } from '../../shared/api/import-api';
import { isoOfDay } from '../../shared/domain/calendar';
import type { Context } from '../api/context';
import { outputTarget, writeFileAtomically } from '../export/output-file';
import { localToday } from '../kam/today';

export function backupFileName(today = localToday()): string {
  return `clave-copia-${isoOfDay(today)}.clave`;
}

export async function backupWorkspace(ctx: Context, target: FileId | undefined): Promise<ExportResult> {
  const out = outputTarget(ctx, target, backupFileName());
  try {
    const bytes = await writeFileAtomically(out.path, async (tmp) => {
      await ctx.db.backup(tmp);
    });
    return { fileId: out.register(), fileName: out.fileName, bytes };
  } catch (e) {
    out.discard();
    throw e;
  }
}
