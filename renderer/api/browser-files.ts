// File choosing and saving in a plain browser page: the file chooser of an <input type=file>,
// and a download of a Blob under a given name.
import type { FileFilter } from '../../shared/api/transport';

/** The `accept` attribute for a set of dialog filters (`*` means anything). */
export function acceptAttribute(filters: FileFilter[]): string {
  const extensions = filters.flatMap((filter) => filter.extensions);
  if (extensions.length === 0 || extensions.includes('*')) return '';
  return extensions.map((ext) => `.${ext.toLowerCase()}`).join(',');
}

/** Opens the browser's file chooser; resolves with the chosen file, or null when cancelled. */
export function chooseFile(doc: Document, filters: FileFilter[]): Promise<File | null> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = acceptAttribute(filters);
    input.hidden = true;
    const finish = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => finish(null), { once: true });
    doc.body.append(input);
    input.click();
  });
}

export function downloadBlob(doc: Document, blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoked later: the download starts asynchronously and still needs the URL.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
