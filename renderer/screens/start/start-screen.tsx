// The start screen: a welcome for an empty workspace, then its analyses and imports, the way
// in to a new import (button or drag-and-drop), the one-click sample (in a workspace of its own),
// the workspaces and the backup.
import type { ReactNode } from 'react';
import { useReportError } from '../../app/errors';
import { navigate } from '../../app/router';
import { useWorkspace } from '../../app/workspace-state';
import { DropTarget } from '../../components/drop-target';
import { useMessages } from '../../i18n/settings';
import { ImportProgress } from '../import/import-progress';
import { useFileChoice } from '../import/use-file-choice';
import { useImportJob } from '../import/use-import-job';
import { importMessages } from '../import/import-messages';
import type { ScreenProps } from '../screens';
import { BackupPanel } from './backup-panel';
import { BatchesTable } from './batches-table';
import { RunsTable } from './runs-table';
import { startMessages } from './start-messages';
import { useSampleFlow } from './use-sample-flow';
import { WorkspacePanel } from './workspace-panel';
import './start.css';

export function StartScreen({ route }: ScreenProps) {
  const m = useMessages(startMessages);
  const mi = useMessages(importMessages);
  const { runs, batches, loading } = useWorkspace();
  const report = useReportError();
  const choice = useFileChoice();
  const job = useImportJob();
  const sample = useSampleFlow(job);
  const busy = sample.stage !== 'idle' || choice.uploading !== null;
  const hasData = batches.some((b) => !b.undoneAt);
  const empty = !loading && runs.length === 0 && batches.length === 0;

  const toWizard = (fileId: string | undefined) => fileId && navigate('import', { file: fileId });
  const onDrop = async (file: File) => toWizard((await choice.upload(file))?.fileId);
  const chooseFile = async () => {
    try {
      const chosen = await choice.choose();
      if (chosen) toWizard(chosen.fileId);
    } catch (e) {
      report(e);
    }
  };

  const actions: ReactNode = (
    <div className="row actions start-actions">
      <button type="button" className="primary" onClick={chooseFile} disabled={busy} autoFocus={empty} data-testid="start-import">
        {m.importButton}
      </button>
      <button type="button" onClick={sample.start} disabled={busy} title={m.sampleHint} data-testid="start-sample">
        {m.sampleButton}
      </button>
      <span className="muted">{m.dropHint}</span>
    </div>
  );

  return (
    <DropTarget label={m.dropHere} onFile={onDrop} className="screen-drop">
      {empty ? (
        <section className="panel welcome" aria-labelledby="welcome-title">
          <h1 id="welcome-title">{m.welcomeTitle}</h1>
          {m.welcome.map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
          {actions}
        </section>
      ) : (
        <>
          <h1>{m.title}</h1>
          {actions}
        </>
      )}
      {choice.uploading && (
        <p className="muted" role="status">
          {mi.uploading(choice.uploading)}
        </p>
      )}
      <SampleProgress stage={sample.stage} job={job} creating={m.sampleCreating} importing={m.sampleImporting} analysing={m.sampleAnalysing} />
      {loading && runs.length === 0 && <p className="muted">{m.loading}</p>}
      {!empty && !loading && (
        <>
          <section aria-labelledby="runs-title">
            <div className="row section-head">
              <h2 id="runs-title" className="grow">
                {m.runsTitle}
              </h2>
              {hasData && (
                <a className="button" href="#/analysis">
                  {m.newRun}
                </a>
              )}
            </div>
            {runs.length === 0 ? <p className="muted">{m.runsEmpty}</p> : <RunsTable runs={runs} />}
          </section>
          <section aria-labelledby="batches-title">
            <h2 id="batches-title">{m.batchesTitle}</h2>
            {batches.length === 0 ? <p className="muted">{m.batchesEmpty}</p> : <BatchesTable batches={batches} />}
          </section>
        </>
      )}
      {!loading && <WorkspacePanel highlighted={route.params.workspaces === '1'} />}
      {!loading && <BackupPanel highlighted={route.params.backup === '1'} />}
    </DropTarget>
  );
}

type StageTexts = { creating: string; importing: string; analysing: string };

function SampleProgress({ stage, job, ...texts }: { stage: string; job: ReturnType<typeof useImportJob> } & StageTexts) {
  if (stage === 'importing' && job.progress) return <ImportProgress progress={job.progress} title={texts.importing} onCancel={job.cancel} />;
  if (stage === 'creating' || stage === 'analysing' || stage === 'importing')
    return (
      <p className="notice" role="status" data-testid="sample-stage">
        {stage === 'creating' ? texts.creating : stage === 'analysing' ? texts.analysing : texts.importing}
      </p>
    );
  return null;
}
