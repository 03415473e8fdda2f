// Step 2 of the wizard: the sheet, the number/date format, the column mapping and the preview
// (asked again at every change), the rows that would be rejected, and the import button — or,
// for a file imported before, the choice between importing it again and skipping it.
import { useState } from 'react';
import type { ImportOptions, ImportPreview } from '../../../shared/api/import-api';
import { IMPORT_LOCALES, type ColumnMapping, type ImportLocale } from '../../../shared/import/fields';
import { useErrorText } from '../../app/errors';
import { formatTimestamp } from '../../components/format-timestamp';
import { useMessages, useSettings } from '../../i18n/settings';
import type { UiLocale } from '../../i18n/locales';
import { importMessages } from './import-messages';
import { MappingEditor } from './mapping-editor';
import { PreviewTable } from './preview-table';
import { RejectsTable } from './rejects-table';
import { usePreview } from './use-preview';

/** The tie-break for numbers and dates that follows the screen's language (see README decisions). */
const IMPORT_LOCALE_OF: Record<UiLocale, ImportLocale> = { 'pt-BR': 'pt-BR', en: 'en-US', es: 'es', ca: 'ca' };

type Props = {
  fileId: string;
  onImport(options: ImportOptions, ifDuplicate: 'ask' | 'import' | 'skip'): void;
  onOtherFile(): void;
};

export function PreviewStep({ fileId, onImport, onOtherFile }: Props) {
  const m = useMessages(importMessages);
  const errorText = useErrorText();
  const { locale: uiLocale } = useSettings();
  const [sheet, setSheet] = useState<string | undefined>(undefined);
  const [mapping, setMapping] = useState<ColumnMapping | undefined>(undefined);
  const [locale, setLocale] = useState<ImportLocale>(IMPORT_LOCALE_OF[uiLocale]);
  const { preview, loading, error } = usePreview({ fileId, sheet, mapping, locale });

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
  if (!preview) return <p className="muted" role="status">{m.reading}</p>;

  const options: ImportOptions = { fileId, sheet: preview.sheet ?? undefined, mapping: preview.mapping, locale };
  const ready = preview.missing.length === 0 && !loading;
  const duplicate = preview.duplicateOf;
  return (
    <div className="preview-step" aria-busy={loading}>
      <FileFacts preview={preview} onOtherFile={onOtherFile} />
      <div className="row preview-top">
        <section className="panel mapping-panel" aria-labelledby="mapping-title">
          <h2 id="mapping-title">{m.mappingTitle}</h2>
          <p className="muted">{m.mappingSource[preview.mappingSource]}</p>
          <MappingEditor preview={preview} disabled={false} onChange={setMapping} />
        </section>
        <div className="side-column">
          <div className="panel settings-panel">
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
                  <button type="button" className="primary" disabled={!ready} onClick={() => onImport(options, 'import')} data-testid="import-again">
                    {m.importAgain}
                  </button>
                  <button type="button" disabled={loading} onClick={() => onImport(options, 'skip')} data-testid="import-skip">
                    {m.skip}
                  </button>
                </div>
              </>
            ) : (
              <>
                <button type="button" className="primary" disabled={!ready} onClick={() => onImport(options, 'ask')} data-testid="import-run">
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
          {m.previewTitle(preview.rows.length)}{' '}
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

function FileFacts({ preview, onOtherFile }: { preview: ImportPreview; onOtherFile(): void }) {
  const m = useMessages(importMessages);
  const { fmt } = useSettings();
  const size = preview.fileSize >= 1024 * 1024 ? `${fmt.number(preview.fileSize / (1024 * 1024), 1)} MB` : `${fmt.integer(Math.ceil(preview.fileSize / 1024))} KB`;
  const facts = [preview.kind === 'xlsx' ? m.xlsxKind : m.csvKind, size];
  if (preview.encoding) facts.push(`${m.encoding} ${preview.encoding.toUpperCase()}`);
  if (preview.delimiter) facts.push(`${m.delimiter} ${preview.delimiter === '\t' ? m.tab : `"${preview.delimiter}"`}`);
  facts.push(m.headerRow(preview.headerRow));
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
