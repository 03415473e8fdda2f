// Tells a workbook from a text file by its first bytes (whatever its name says), and refuses at
// once what cannot be read: a missing or empty file, an old .xls, an encrypted workbook.
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { apiError } from '../../shared/api/errors';

export type FileKind = 'xlsx' | 'csv';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // CFB container: encrypted .xlsx or old .xls

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

export async function detectFileKind(path: string, fileName: string): Promise<{ kind: FileKind; size: number }> {
  let head: Uint8Array;
  let size: number;
  try {
    const handle = await open(path, 'r');
    try {
      size = (await handle.stat()).size;
      const buffer = Buffer.alloc(8);
      const { bytesRead } = await handle.read(buffer, 0, 8, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch {
    throw apiError('import/unreadable', { file: fileName });
  }
  if (size === 0) throw apiError('import/empty-file', { file: fileName });
  const ext = extname(fileName).toLowerCase();
  if (startsWith(head, OLE)) throw apiError(ext === '.xls' ? 'import/old-xls' : 'import/encrypted', { file: fileName });
  if (startsWith(head, ZIP)) return { kind: 'xlsx', size };
  if (ext === '.xlsx' || ext === '.xlsm' || ext === '.xltx' || ext === '.xls') throw apiError('import/not-xlsx', { file: fileName });
  return { kind: 'csv', size };
}
