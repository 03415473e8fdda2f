// Tells a workbook from a text file by its first bytes, and refuses what cannot be read with a
// message naming the file and the problem.
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { legacyError } from '../../shared/api/errors';

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
  } catch (e) {
    throw legacyError('bad-file', `Não foi possível ler o arquivo ${fileName}: ${(e as Error).message}`);
  }
  if (size === 0) throw legacyError('bad-file', `O arquivo ${fileName} está vazio.`);
  const ext = extname(fileName).toLowerCase();
  if (startsWith(head, OLE)) {
    throw legacyError(
      'bad-file',
      ext === '.xls'
        ? `O arquivo ${fileName} está no formato antigo do Excel (.xls): abra-o no Excel e salve como .xlsx.`
        : `O arquivo ${fileName} está protegido por senha (criptografado) ou no formato antigo .xls: remova a senha ou salve-o como .xlsx sem senha e importe de novo.`,
    );
  }
  if (startsWith(head, ZIP)) return { kind: 'xlsx', size };
  if (ext === '.xlsx' || ext === '.xlsm' || ext === '.xltx' || ext === '.xls') {
    throw legacyError('bad-file', `O arquivo ${fileName} não é uma planilha .xlsx válida (não é um arquivo zip do Excel).`);
  }
  return { kind: 'csv', size };
}
