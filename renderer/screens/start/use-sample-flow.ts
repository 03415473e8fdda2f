// "Experimentar com dados de exemplo": open the sample workspace (never the user's), generate a
// sample, import it (with progress), run the default analysis and open its matrix, so a new user
// sees results in one click. The sample is the same all month long: when it is already imported,
// the import is skipped, not doubled.
import { useState } from 'react';
import { invoke } from '../../api';
import { useReportError } from '../../app/errors';
import { hrefFor } from '../../app/router';
import { startOver } from '../../api/workspace-switch';
import { useWorkspace } from '../../app/workspace-state';
import { isCancelled, type ImportJob } from '../import/use-import-job';

export type SampleStage = 'idle' | 'creating' | 'importing' | 'analysing';

export function useSampleFlow(job: ImportJob): { stage: SampleStage; start(): Promise<void> } {
  const { reload } = useWorkspace();
  const report = useReportError();
  const [stage, setStage] = useState<SampleStage>('idle');
  const start = async () => {
    try {
      setStage('creating');
      await invoke('sample/workspace', {});
      const sample = await invoke('sample/create', {});
      setStage('importing');
      // The sample is a Brazilian ERP export, whatever the screen's language.
      await job.run({ fileId: sample.fileId, locale: 'pt-BR', ifDuplicate: 'skip' });
      setStage('analysing');
      const run = await invoke('analysis/run', {});
      // Another workspace is open now: the page starts over on the sample's results.
      startOver(hrefFor('matrix', { run: run.id }));
    } catch (e) {
      if (!isCancelled(e)) report(e);
      await reload().catch(() => {});
    } finally {
      setStage('idle');
    }
  };
  return { stage, start };
}
