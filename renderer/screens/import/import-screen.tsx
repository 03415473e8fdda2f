// The import wizard: file → sheet, columns and preview → into a workspace holding sales, what is
// already stored and the overlap rule → progress (cancellable) → summary.
import { useEffect, useState } from 'react';
import type { ImportOptions, ImportResult, OverlapMode, OverlapPreview } from '../../../shared/api/import-api';
import type { ChosenFile } from '../../api';
import { useReportError } from '../../app/errors';
import { navigate } from '../../app/router';
import { useWorkspace } from '../../app/workspace-state';
import { DropTarget } from '../../components/drop-target';
import { useMessages } from '../../i18n/settings';
import type { ScreenProps } from '../screens';
import { FileStep } from './file-step';
import { ImportProgress } from './import-progress';
import { ImportSummary } from './import-summary';
import { importMessages } from './import-messages';
import { overlapMessages } from './overlap-messages';
import { OverlapStep } from './overlap-step';
import { PreviewStep } from './preview-step';
import { useFileChoice } from './use-file-choice';
import { isCancelled, useImportJob } from './use-import-job';
import './import.css';

type Duplicate = 'ask' | 'import' | 'skip';
/** What the dry run found, and the import it was for (`sheets`: the sheets it reads, when more than one). */
type Check = { options: ImportOptions; ifDuplicate: Duplicate; sheets: string[]; found: OverlapPreview };

export function ImportScreen({ route }: ScreenProps) {
  const m = useMessages(importMessages);
  const om = useMessages(overlapMessages);
  const report = useReportError();
  const { reload, batches } = useWorkspace();
  const choice = useFileChoice();
  const job = useImportJob();
  // The chosen file lives in the address (`#/import?file=<id>`): the start screen's drop hands
  // it over that way, and the menu's or the header's "Importar" (no file) starts afresh.
  const fileId = route.params.file ?? null;
  const [result, setResult] = useState<ImportResult | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [check, setCheck] = useState<Check | null>(null);

  useEffect(() => {
    setResult(null);
    setNotice(null);
    setCheck(null);
  }, [fileId]);

  const start = (chosen: ChosenFile | null) => {
    if (chosen) navigate('import', { file: chosen.fileId });
  };
  const reset = () => navigate('import');
  const runImport = async (options: ImportOptions, ifDuplicate: Duplicate, overlap: OverlapMode) => {
    setNotice(null);
    setCheck(null);
    try {
      const r = await job.run({ ...options, ifDuplicate, overlap });
      setResult(r);
      await reload();
    } catch (e) {
      if (isCancelled(e)) setNotice(m.cancelled);
      else report(e);
    }
  };
  // Where sales are stored, or the import reads several sheets (consecutive exports, which may
  // repeat one another), the whole import is first tried and rolled back ('import/overlap'): what
  // it finds is shown with the choice of rule, unless nothing of the file meets stored lines or an
  // earlier sheet (then every rule does the same).
  const hasSales = batches.some((b) => b.undoneAt === null && b.imported > 0);
  const startImport = async (options: ImportOptions, ifDuplicate: Duplicate, sheets: string[]) => {
    setNotice(null);
    if ((!hasSales && sheets.length < 2) || ifDuplicate === 'skip') return runImport(options, ifDuplicate, 'skip');
    try {
      const found = await job.check(options);
      if (found.alreadyStored === 0 && found.replace.lines === 0) return await runImport(options, ifDuplicate, 'skip');
      setCheck({ options, ifDuplicate, sheets, found });
    } catch (e) {
      if (isCancelled(e)) setNotice(m.cancelled);
      else report(e);
    }
  };

  const step = result ? 3 : job.progress || check ? 2 : fileId ? 1 : 0;
  return (
    <DropTarget label={m.dropHere} onFile={async (f) => start(await choice.upload(f))} className="screen-drop">
      <h1>{m.title}</h1>
      <ol className="wizard-steps" aria-label={m.title}>
        {m.steps.map((label, i) => (
          <li key={label} aria-current={i === step ? 'step' : undefined} className={i < step ? 'done' : undefined}>
            <span className="step-number">{i + 1}</span> {label}
          </li>
        ))}
      </ol>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {result && <ImportSummary result={result} onAnother={reset} />}
      {job.progress && <ImportProgress progress={job.progress} title={job.running === 'import/overlap' ? om.checking : undefined} onCancel={job.cancel} />}
      {check && !job.progress && (
        <OverlapStep found={check.found} sheets={check.sheets} onImport={(rule) => runImport(check.options, check.ifDuplicate, rule)} onBack={() => setCheck(null)} />
      )}
      {fileId && !result && (
        // Kept while the import runs, so that a cancelled import comes back to the same choices.
        <div hidden={job.progress !== null || check !== null}>
          <PreviewStep key={fileId} fileId={fileId} onImport={startImport} onOtherFile={reset} />
        </div>
      )}
      {!fileId && !result && <FileStep uploading={choice.uploading} onChoose={async () => start(await choice.choose())} />}
    </DropTarget>
  );
}
