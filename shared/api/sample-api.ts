// "Experimentar com dados de exemplo": a generated sales history a new user can import in one click.
import type { FileId } from './import-api';

export type SampleHandlers = {
  /** Writes a generated sample sales file (a Brazilian ERP CSV) and returns its id, ready to import. */
  'sample/create': (arg: { lines?: number; customers?: number }) => Promise<{ fileId: FileId; fileName: string }>;
};
