// A text file's encoding (SPEC "Import": UTF-8 with or without BOM, else Windows-1252; UTF-16
// too, with or without BOM), decided from its first 64 KiB: a BOM says it; zero bytes in every
// other place are UTF-16; other zero bytes mean the file is not text. Bytes that are valid UTF-8
// make the file UTF-8 for now: the reading checks every block (Utf8Check), and a file that
// proves otherwise further on is read again as Windows-1252 (the import's second pass).
import { isUtf8 } from 'node:buffer';
import { open } from 'node:fs/promises';
import { apiError } from '../../shared/api/errors';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

const SNIFF_BYTES = 64 * 1024;

export type Sniffed = { encoding: TextEncoding; head: Uint8Array };

/** The file's first bytes and its encoding. */
export async function sniffText(path: string, fileName: string): Promise<Sniffed> {
  let head: Buffer;
  try {
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(SNIFF_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch {
    throw apiError('import/unreadable', { file: fileName });
  }
  const encoding = detectEncoding(head);
  if (encoding === null) throw apiError('import/binary-text', { file: fileName, row: 1 + countLines(head, head.indexOf(0)) });
  return { encoding, head };
}

const countLines = (bytes: Uint8Array, end: number): number => {
  let n = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === 10) n++;
  return n;
};

/** The encoding of a file that begins with `bytes`; null: not text (zero bytes that are not UTF-16). */
export function detectEncoding(bytes: Uint8Array): TextEncoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return utf16;
  if (bytes.indexOf(0) !== -1) return null;
  return isUtf8(bytes.subarray(0, completeUtf8(bytes))) ? 'utf-8' : 'windows-1252';
}

/**
 * UTF-16 text without a BOM: Latin letters, digits and punctuation have a zero byte after them
 * (LE) or before them (BE). Taken as such when most characters of the sample do, and none the
 * other way round.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(bytes.length, 4096) / 2);
  if (pairs < 2) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0 && bytes[2 * i + 1] !== 0) evenZero++;
    if (bytes[2 * i + 1] === 0 && bytes[2 * i] !== 0) oddZero++;
  }
  if (oddZero >= pairs * 0.6 && evenZero === 0) return 'utf-16le';
  if (evenZero >= pairs * 0.6 && oddZero === 0) return 'utf-16be';
  return null;
}

/** How many of the bytes end whole UTF-8 characters (a character cut at the end is left out). */
function completeUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  // Back over continuation bytes (10xxxxxx) to the last lead byte, at most three.
  let i = n - 1;
  while (i >= 0 && i >= n - 4 && (bytes[i]! & 0xc0) === 0x80) i--;
  if (i < 0 || i < n - 4) return n;
  const lead = bytes[i]!;
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return i + length <= n ? n : i;
}

export function decoderLabel(encoding: TextEncoding): string {
  return encoding === 'utf-8-bom' ? 'utf-8' : encoding;
}

/** Checks, block by block as a file is read, that its bytes are UTF-8 (a character may span two blocks). */
export function createUtf8Check() {
  let valid = true;
  let carry: Uint8Array = new Uint8Array(0);
  return {
    add(block: Uint8Array) {
      if (!valid) return;
      const bytes = carry.length === 0 ? block : Buffer.concat([carry, block]);
      const whole = completeUtf8(bytes);
      valid = isUtf8(bytes.subarray(0, whole));
      carry = bytes.slice(whole);
    },
    /** Whether every byte so far was UTF-8 (a character cut at the very end is not). */
    valid: (atEnd: boolean) => valid && (!atEnd || carry.length === 0),
  };
}
