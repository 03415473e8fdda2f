// Step 1 of the wizard: choose a spreadsheet (open dialog or browser chooser) or drop one.
import { useMessages } from '../../i18n/settings';
import { importMessages } from './import-messages';

type Props = { uploading: string | null; onChoose(): void };

export function FileStep({ uploading, onChoose }: Props) {
  const m = useMessages(importMessages);
  return (
    <div className="panel file-step">
      <p className="file-step-intro">{m.intro}</p>
      <p className="muted">{m.columnsHint}</p>
      <div className="row actions">
        <button type="button" className="primary" onClick={onChoose} autoFocus disabled={uploading !== null} data-testid="choose-file">
          {m.chooseFile}
        </button>
        <span className="muted">{m.dropHint}</span>
      </div>
      {uploading && (
        <p className="muted" role="status">
          {m.uploading(uploading)}
        </p>
      )}
    </div>
  );
}
