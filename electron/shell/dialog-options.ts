// The renderer may suggest what a native dialog shows (file-type filters, a default file name),
// never where it points. Whatever it sends is cut down to that here, as pure functions; the web
// host uses the same file-name rule for uploads.
import type { FileFilter } from '../../shared/api/transport';

const MAX_FILTERS = 10;
const MAX_EXTENSIONS = 20;

/** Keeps the well-formed filters (a short name, extensions of letters and digits or `*`); drops the rest. */
export function sanitizeFilters(raw: unknown): FileFilter[] {
  if (!Array.isArray(raw)) return [];
  const filters: FileFilter[] = [];
  for (const item of raw.slice(0, MAX_FILTERS)) {
    if (typeof item !== 'object' || item === null) continue;
    const { name, extensions } = item as Record<string, unknown>;
    if (typeof name !== 'string' || !Array.isArray(extensions)) continue;
    const cleanName = cleanText(name).slice(0, 100);
    const cleanExtensions = extensions
      .slice(0, MAX_EXTENSIONS)
      .filter((ext): ext is string => typeof ext === 'string' && /^(\*|[A-Za-z0-9]{1,10})$/.test(ext));
    if (cleanName && cleanExtensions.length > 0) filters.push({ name: cleanName, extensions: cleanExtensions });
  }
  return filters;
}

/**
 * A bare file name: no folders (the last path segment only), no characters that Windows, macOS
 * or Linux refuse, no control characters, no leading dots, at most 200 characters. Falls back to
 * `fallback` when nothing usable is left.
 */
export function sanitizeFileName(raw: unknown, fallback = 'Clave'): string {
  if (typeof raw !== 'string') return fallback;
  const lastSegment = raw.split(/[\\/]/).pop() ?? '';
  const cleaned = cleanText(lastSegment)
    .replace(/[<>:"|?*]/g, '_')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '')
    .slice(0, 200);
  return cleaned || fallback;
}

function cleanText(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, '').trim();
}
