// Imports one file into a workspace in one transaction (SPEC "Import"): through a connection of
// its own, so that the screens keep reading the committed state; on cancel or error nothing is
// written. The file is read and parsed on a worker thread while this one writes (parse-worker.ts);
// a large CSV in two parts at once, each on its own thread (file-parts.ts).
// Called by the 'import/run' handler, the command line and the benchmark.
import { basename } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { ImportResult } from '../../shared/api/import-api';
import { legacyError } from '../../shared/api/errors';
import { addEvidence, decideFormats, type ColumnFormats } from '../../shared/import/column-formats';
import { missingFields } from '../../shared/import/detect-header';
import { FIELD_LABELS, type ColumnMapping, type ImportLocale } from '../../shared/import/fields';
import { findActiveBatchByHash } from '../db/import-batches-table';
import { openDatabase, type Db } from '../db/open-database';
import { detectFileKind, type FileKind } from './file-kind';
import { hashFile } from './hash-file';
import { checkLocale, resolveMapping } from './import-mapping';
import { openTable, type OpenedTable } from './open-table';
import { partsFor, splitPoint, startParts } from './file-parts';
import { NotUtf8Error, PartMisalignedError, type CsvEncoding } from './read-csv';
import type { LineBatch } from './line-batch';
import { parsedBatches, parseWorkerScript, startParseWorker } from './parse-in-worker';
import { parseLines, type ParseEnd, type ParseJob } from './parse-lines';
import type { OverlapRun } from './overlap';
import { writeBatch, type ImportOutcome } from './write-batch';

export type ImportFileOptions = {
  path: string;
  /** The name shown to the user and stored in the batch; defaults to the path's base name. */
  fileName?: string;
  sheet?: string;
  mapping?: ColumnMapping;
  locale?: ImportLocale;
  /** What to do when a batch of the same content is in place: 'ask' (default) throws a conflict. */
  ifDuplicate?: 'ask' | 'skip' | 'import';
  /** What to do with lines already stored (overlap.ts): skip by default; 'preview' is a dry run, rolled back. */
  overlap?: OverlapRun;
};

export type ImportProgress = {
  phase: 'reading' | 'writing' | 'done';
  rowsRead: number;
  bytesRead: number;
  totalBytes: number;
};

export type ImportControl = {
  signal?: AbortSignal;
  /** The file is read and parsed on a worker thread while this one writes (default); false: here. */
  parallel?: boolean;
  /** Called at most about ten times a second, and once with phase 'done'. */
  onProgress?: (progress: ImportProgress) => void;
};

const PROGRESS_MS = 100;

const cancelled = () => legacyError('cancelled', 'Importação cancelada: nada foi gravado.');

export function requireColumns(mapping: ColumnMapping, fileName: string) {
  const missing = missingFields(mapping);
  if (missing.length > 0) {
    const names = missing.map((f) => (f === 'amount' ? 'valor (ou quantidade e preço unitário)' : FIELD_LABELS[f]));
    throw legacyError('bad-file', `Colunas obrigatórias não encontradas em ${fileName}: ${names.join(', ')}.`);
  }
}

export async function importFile(
  target: { dbPath: string },
  options: ImportFileOptions,
  control: ImportControl = {},
): Promise<ImportOutcome> {
  const fileName = options.fileName ?? basename(options.path);
  checkLocale(options.locale);
  const { kind, size } = await detectFileKind(options.path, fileName);
  // Hashed while the file is opened, parsed and written; the duplicate check comes when it is known (runImport).
  const hashing = hashFile(options.path, control.signal).catch((e: unknown) => {
    if (control.signal?.aborted) throw cancelled();
    throw legacyError('bad-file', `Não foi possível ler o arquivo ${fileName}: ${(e as Error).message}`);
  });
  hashing.catch(() => undefined); // an import that fails before needing it leaves it unread
  const db = openDatabase(target.dbPath);
  // This connection is the import's own. Every id its lines refer to (the batch, the customers,
  // the texts) is created or read in the import's transaction, which holds the write lock, so the
  // references hold by construction; checking them would cost seven lookups a line, a third of
  // the time SQLite spends on a million-line import.
  db.pragma('foreign_keys = OFF');
  // The parsing threads start loading now (parse-in-worker.ts); those a try does not take end with the import.
  const script = control.parallel === false ? null : parseWorkerScript();
  const warm = script === null ? [] : Array.from({ length: partsFor(kind, size) }, () => startParseWorker(script));
  try {
    const job = { db, fileName, kind, size, hashing, options, control, script, warm };
    let again: Again = {};
    for (;;) {
      try {
        return await runImport(job, again);
      } catch (e) {
        // Not UTF-8 after all, found past the beginning; the file's later rows decided its formats
        // otherwise than its first ones (parse-lines.ts); or its two parts did not meet between
        // two records (a quoted field with a line break in it, across the middle). Each happens
        // once at most.
        if (e instanceof NotUtf8Error && again.encoding === undefined) again = { ...again, encoding: 'windows-1252' };
        else if (e instanceof FormatsChanged && again.formats === undefined) again = { ...again, formats: e.formats };
        else if (e instanceof PartMisalignedError && again.whole === undefined) again = { ...again, whole: true };
        else throw e;
      }
    }
  } finally {
    db.close();
    for (const worker of warm) void worker.terminate();
  }
}

/** A batch of the same content is in place: skip (the result to return) or ask (a conflict); null: import. */
function checkDuplicate(db: Db, contentHash: string, sheet: string | null, fileName: string, ifDuplicate: 'ask' | 'skip' | 'import'): ImportResult | null {
  const earlier = findActiveBatchByHash(db, contentHash, sheet);
  if (!earlier || ifDuplicate === 'import') return null;
  if (ifDuplicate === 'skip') {
    return {
      batchId: null,
      fileName,
      sheet: earlier.sheet,
      rowsRead: 0,
      imported: 0,
      rejected: 0,
      newCustomers: 0,
      skipped: true,
      overlap: 'skip',
      skippedLines: 0,
      replacedLines: 0,
      firstRejects: [],
    };
  }
  throw legacyError(
    'conflict',
    `O arquivo ${fileName} tem o mesmo conteúdo do lote ${earlier.id} (${earlier.fileName}), importado em ${earlier.createdAt.slice(0, 10)}. Escolha pular ou importar de novo.`,
    { batch: earlier },
  );
}

/** A batch of the same content is in place and the caller chose to skip: the import stops, this is its result. */
class Skipped extends Error {
  constructor(readonly result: ImportResult) {
    super('skipped');
  }
}

/** What a second try of the same import already knows. */
type Again = { encoding?: CsvEncoding; formats?: ColumnFormats; /** Read in one part. */ whole?: true };

/** The rows were parsed with formats that the whole file decides otherwise: import again with these. */
class FormatsChanged extends Error {
  constructor(readonly formats: ColumnFormats) {
    super('formats changed');
  }
}

/** Whether two decisions read every column the same way (who decided does not matter). */
function sameFormats(a: ColumnFormats, b: ColumnFormats): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof ColumnFormats>;
  return [...keys].every((k) => a[k]?.decimal === b[k]?.decimal && a[k]?.dateOrder === b[k]?.dateOrder);
}

type Job = {
  db: Db;
  fileName: string;
  kind: FileKind;
  size: number;
  hashing: Promise<string>;
  options: ImportFileOptions;
  control: ImportControl;
  /** The parsing threads' script, or null to parse on this thread. */
  script: string | null;
  /** Parsing threads already started, taken by the first try. */
  warm: Worker[];
};

async function runImport(job: Job, again: Again): Promise<ImportOutcome> {
  const { db, fileName, kind, options, control } = job;
  const { encoding } = again;
  const locale = checkLocale(options.locale);
  let bytesRead = 0;
  let rowsRead = 0;
  let phase: ImportProgress['phase'] = 'reading';
  let lastReport = 0;
  const report = (force = false) => {
    if (control.signal?.aborted) throw cancelled();
    const now = Date.now();
    if (!force && now - lastReport < PROGRESS_MS) return;
    lastReport = now;
    control.onProgress?.({ phase, rowsRead, bytesRead: Math.min(bytesRead, job.size), totalBytes: job.size });
  };
  const onBytes = (n: number) => void (bytesRead += n);
  const table: OpenedTable = await openTable({ path: options.path, fileName, kind, sheet: options.sheet, mappingGiven: options.mapping !== undefined, encoding, onBytes });
  let parsers: AsyncGenerator<LineBatch, ParseEnd>[] = [];
  try {
    const { mapping, key } = resolveMapping(db, table.headers, table.detected, options.mapping);
    requireColumns(mapping, fileName);
    // Read and parsed on a worker while this thread writes, or here where it cannot start. The
    // parser opens the same sheet the header was found in.
    await table.close();
    const parseJob: ParseJob = {
      path: options.path,
      fileName,
      kind,
      sheet: table.sheet ?? undefined,
      encoding: table.dialect?.encoding,
      mappingGiven: options.mapping !== undefined,
      mapping,
      formats: again.formats,
      locale,
    };
    const { script } = job;
    const middle = script !== null && again.whole === undefined ? await splitPoint(options.path, job.size, table.dialect) : null;
    const jobs: ParseJob[] = middle === null ? [parseJob] : [{ ...parseJob, part: { start: 0, end: middle } }, { ...parseJob, part: { start: middle } }];
    parsers = jobs.map((j) => (script !== null ? parsedBatches(job.warm.shift() ?? startParseWorker(script), j, onBytes) : parseLines(j, onBytes)));
    const drain = startParts(parsers);
    phase = 'writing';
    report(true);
    // The writing starts at once; the file's hash comes meanwhile (a quarter of a second for
    // 100 MB), and a duplicate stops the import there, nothing written (the transaction is
    // rolled back). Waiting for it first left the writer, the import's slowest thread, idle.
    let hash: string | null = null;
    job.hashing.then(
      (h) => void (hash = h),
      () => undefined,
    );
    let checked = false;
    const check = (contentHash: string) => {
      checked = true;
      const skipped = checkDuplicate(db, contentHash, table.sheet, fileName, options.ifDuplicate ?? 'ask');
      if (skipped) throw new Skipped(skipped);
    };
    const result = writeBatch({ ...job, overlap: options.overlap }, table, mapping, key, locale);
    const ends = await drain((batch, part) => {
      if (!checked && hash !== null) check(hash);
      result.add(batch, part);
      rowsRead = result.rowsRead();
      report();
    });
    const contentHash = await job.hashing;
    if (!checked) check(contentHash);
    const provisional = ends[0]!.provisional;
    if (ends.some((end) => !sameFormats(end.provisional, provisional))) throw new PartMisalignedError('the parts decided their first formats apart');
    const evidence = ends.map((end) => end.evidence);
    if (evidence.every((e) => e !== null)) {
      const final = decideFormats(mapping, evidence.reduce(addEvidence), locale);
      if (!sameFormats(provisional, final)) throw new FormatsChanged(final);
    }
    rowsRead = result.rowsRead();
    report(true);
    const done = result.commit(ends, contentHash);
    phase = 'done';
    control.onProgress?.({ phase, rowsRead, bytesRead: job.size, totalBytes: job.size });
    return done;
  } catch (e) {
    if (e instanceof Skipped) return e.result;
    throw e;
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
    await table.close();
    // Stopped before the end (a cancel, an error): ends the parsers. A finished one ignores it.
    await Promise.all(parsers.map((p) => p.return({ provisional: {}, evidence: null, latest: new Int32Array(), records: null })));
  }
}
