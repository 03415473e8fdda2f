// Step 2 of the wizard: the sheet (or all the sheets that share its header), the number/date
// format, the columns — recognised by their headers, or named by the user over the first rows
// when they are not (or the file has none) — and the preview (asked again at every change), the
// rows that would be rejected, and the import button — or, for a file imported before, the choice
// between importing it again and skipping it. A first reading that takes long can be cancelled.
import { useState } from 'react';
import type { ImportOptions, ImportPreview } from '../../../shared/api/import-api';
import { IMPORT_LOCALES, type ColumnMapping, type ImportLocale } from '../../../shared/import/fields';
import { useErrorText } from '../../app/errors';
import { formatTimestamp } from '../../components/format-timestamp';
import { useMessages, useSettings } from '../../i18n/settings';
import type { UiLocale } from '../../i18n/locales';
import { ColumnNaming } from './column-naming';
import { fileShapeMessages, type FileShapeMessages } from './file-shape-messages';
import { importMessages, type ImportMessages } from './import-messages';
import { MappingEditor } from './mapping-editor';
import { PreviewTable } from './preview-table';
import { RejectsTable } from './rejects-table';
import { usePreview } from './use-preview';

/** The tie-break for numbers and dates that follows the screen's language (see README decisions). */
const IMPORT_LOCALE_OF: Record<UiLocale, ImportLocale> = { 'pt-BR': 'pt-BR', en: 'en-US', es: 'es', ca: 'ca' };

type Duplicate = 'ask' | 'import' | 'skip';

type Props = {
  fileId: string;
  /** `sheets`: the sheets the import reads (more than one when all the sheets sharing a header are). */
  onImport(options: ImportOptions, ifDuplicate: Duplicate, sheets: string[]): void;
  onOtherFile(): void;
};

export function PreviewStep({ fileId, onImport, onOtherFile }: Props) {
  const m = useMessages(importMessages);
  const fs = useMessages(fileShapeMessages);
  const errorText = useErrorText();
  const { locale: uiLocale } = useSettings();
  const [sheet, setSheet] = useState<string | undefined>(undefined);
  const [mapping, setMapping] = useState<ColumnMapping | undefined>(undefined);
  const [locale, setLocale] = useState<ImportLocale>(IMPORT_LOCALE_OF[uiLocale]);
  const [noHeader, setNoHeader] = useState(false);
  const [allSheets, setAllSheets] = useState(false);
  /** The columns shown over the first rows (true) or as a list of fields (false); undefined: as the header was recognised. */
  const [byColumns, setByColumns] = useState<boolean | undefined>(undefined);
  const { preview, loading, error, cancel } = usePreview({ fileId, sheet, mapping, locale, noHeader, allSheets });

  if (error)
    return (
      <div className="panel">
        <p className="field-error" role="alert">
          {errorText(error)}
        </p>
        <button type="button" onClick={onOtherFile} autoFocus>
          {m.otherFile}
        </button>
      </div>
    );
  if (!preview)
    return (
      <div className="panel preview-reading" data-testid="preview-reading">
        <p role="status">{m.reading}</p>
        <progress className="progress" aria-label={m.reading} />
        <div className="row actions">
          <span className="muted grow">{m.readingLong}</span>
          <button
            type="button"
            autoFocus
            onClick={async () => {
              await cancel();
              onOtherFile();
            }}
            data-testid="preview-cancel"
          >
            {m.cancel}
          </button>
        </div>
      </div>
    );

  const sheets = allSheets && preview.sameHeaderSheets.length > 1 ? preview.sameHeaderSheets : [];
  const options: ImportOptions = {
    fileId,
    sheet: preview.sheet ?? undefined,
    mapping: preview.mapping,
    locale,
    ...(preview.noHeader ? { noHeader: true } : {}),
    ...(sheets.length > 0 ? { allSheets: true } : {}),
  };
  const ready = preview.missing.length === 0 && !loading;
  const duplicate = preview.duplicateOf;
  const naming = byColumns ?? (!preview.headerRecognised || preview.noHeader);
  // The user's choices show at once; the preview follows them. Until the first, the preview's own
  // (recognised or remembered). "The first row is data" keeps the columns the user named.
  const shownMapping = mapping ?? preview.mapping;
  const importWith = (ifDuplicate: Duplicate) => onImport(options, ifDuplicate, sheets);
  return (
    <div className="preview-step" aria-busy={loading}>
      <FileFacts preview={preview} onOtherFile={onOtherFile} />
      {naming && (
        <ColumnNaming preview={preview} mapping={shownMapping} noHeader={noHeader} onChange={setMapping} onNoHeader={setNoHeader} />
      )}
      <div className="row preview-top">
        {!naming && (
          <section className="panel mapping-panel" aria-labelledby="mapping-title">
            <h2 id="mapping-title">{m.mappingTitle}</h2>
            <p className="muted">{sourceText(m, fs, preview)}</p>
            <MappingEditor preview={preview} mapping={shownMapping} disabled={false} onChange={setMapping} />
            <button type="button" className="link-button" onClick={() => setByColumns(true)} data-testid="show-first-rows">
              {fs.byColumns}
            </button>
          </section>
        )}
        <div className={naming ? 'side-row' : 'side-column'}>
          <div className="panel settings-panel">
            {naming && (
              <p className="muted source-line">
                {sourceText(m, fs, preview)}{' '}
                <button type="button" className="link-button" onClick={() => setByColumns(false)} data-testid="show-fields">
                  {fs.byFields}
                </button>
              </p>
            )}
            {preview.sheets.length > 1 && (
              <label className="field">
                {m.sheet}
                <select
                  value={preview.sheet ?? ''}
                  data-testid="sheet"
                  onChange={(e) => {
                    setSheet(e.target.value);
                    setMapping(undefined); // another sheet has other headers: detect again
                  }}
                >
                  {preview.sheets.map((s) => (
                    <option key={s.index} value={s.name}>
                      {s.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {preview.sameHeaderSheets.length > 1 && (
              <div className="all-sheets">
                <label className="check">
                  <input type="checkbox" checked={allSheets} onChange={(e) => setAllSheets(e.target.checked)} data-testid="all-sheets" />{' '}
                  {fs.allSheets(preview.sameHeaderSheets.length, preview.sameHeaderSheets.join(', '))}
                </label>
                <p className="muted">{fs.allSheetsHint}</p>
              </div>
            )}
            <label className="field">
              {m.importLocale}
              <select value={locale} onChange={(e) => setLocale(e.target.value as ImportLocale)} data-testid="import-locale">
                {IMPORT_LOCALES.map((l) => (
                  <option key={l} value={l}>
                    {m.importLocales[l]}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <div className="panel import-actions">
            {duplicate ? (
              <>
                <p className="notice warning" role="alert">
                  {m.duplicate(duplicate.id, duplicate.fileName, formatTimestamp(duplicate.createdAt, uiLocale))}
                </p>
                <div className="row actions">
                  <button type="button" className="primary" disabled={!ready} onClick={() => importWith('import')} data-testid="import-again">
                    {m.importAgain}
                  </button>
                  <button type="button" disabled={loading} onClick={() => importWith('skip')} data-testid="import-skip">
                    {m.skip}
                  </button>
                </div>
              </>
            ) : (
              <>
                <button type="button" className="primary" disabled={!ready} onClick={() => importWith('ask')} data-testid="import-run">
                  {m.importButton}
                </button>
                <p className="muted">{m.importHint}</p>
              </>
            )}
          </div>
        </div>
      </div>
      <section className="panel preview-panel" aria-labelledby="preview-title">
        <h2 id="preview-title">
          {preview.missing.length > 0 ? m.previewHeading : m.previewTitle(preview.rows.length)}{' '}
          {loading && (
            <span className="muted updating" role="status">
              {m.updating}
            </span>
          )}
        </h2>
        {preview.missing.length > 0 ? (
          <p className="notice">{m.previewNeedsMapping}</p>
        ) : preview.rows.length === 0 ? (
          <p className="notice">{m.previewNone}</p>
        ) : (
          <PreviewTable preview={preview} />
        )}
        {preview.rejects.length > 0 && (
          <>
            <h3>{m.rejectsTitle}</h3>
            <RejectsTable rejects={preview.rejects} testId="preview-rejects" />
          </>
        )}
      </section>
    </div>
  );
}

/** Where the mapping came from: recognised, remembered (for these headers, or for header-less files this wide), or chosen. */
function sourceText(m: ImportMessages, fs: FileShapeMessages, preview: ImportPreview): string {
  if (preview.mappingSource === 'remembered' && preview.noHeader) return fs.rememberedNoHeader(preview.columnCount);
  if (preview.mappingSource === 'detected' && !preview.headerRecognised) return '';
  return m.mappingSource[preview.mappingSource];
}

function FileFacts({ preview, onOtherFile }: { preview: ImportPreview; onOtherFile(): void }) {
  const m = useMessages(importMessages);
  const fs = useMessages(fileShapeMessages);
  const { fmt } = useSettings();
  const size = preview.fileSize >= 1024 * 1024 ? `${fmt.number(preview.fileSize / (1024 * 1024), 1)} MB` : `${fmt.integer(Math.ceil(preview.fileSize / 1024))} KB`;
  const facts = [preview.kind === 'xlsx' ? m.xlsxKind : m.csvKind, size];
  if (preview.encoding) facts.push(`${m.encoding} ${named(fs.encodings, preview.encoding)}`);
  if (preview.delimiter) facts.push(`${m.delimiter} ${named(fs.delimiters, preview.delimiter)}`);
  facts.push(preview.noHeader ? fs.noHeaderFact : preview.headerRecognised ? m.headerRow(preview.headerRow) : fs.headerNotRecognised(preview.headerRow));
  return (
    <div className="row file-facts">
      <div className="grow">
        <strong data-testid="file-name">{preview.fileName}</strong> <span className="muted">{facts.join(' · ')}</span>
      </div>
      <button type="button" onClick={onOtherFile}>
        {m.otherFile}
      </button>
    </div>
  );
}

/** A delimiter's or an encoding's name; one Clave has no name for as it is written. */
function named(names: Record<string, string>, value: string): string {
  return names[value] ?? `"${value}"`;
}
