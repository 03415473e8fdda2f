// The header's small element naming the open workspace (its name, its path beside it, "exemplo"
// for the sample), a way to the start screen's workspace list, and the desktop menu's workspace
// items (Arquivo › Novo / Abrir / recentes). Also shows the banner of a stopped backend.
import { useEffect } from 'react';
import { invoke, onEvent } from '../api';
import { newWorkspaceByDialog, openWorkspaceByDialog, startOver } from '../api/workspace-switch';
import { useReportError } from '../app/errors';
import { hrefFor, navigate } from '../app/router';
import { useMessages } from '../i18n/settings';
import { BackendCrashBanner } from './backend-crash-banner';
import { useApiData } from './use-api-data';
import { workspaceMessages } from './workspace-messages';

export function WorkspaceLabel() {
  const m = useMessages(workspaceMessages);
  const info = useApiData('workspace/info', () => invoke('workspace/info', {}));
  useWorkspaceMenu(m.newName, m.filter);
  const w = info.data;
  return (
    <>
      {w && (
        <a className="workspace-label" href={hrefFor('start', { workspaces: 1 })} title={m.title(w.name, w.path)} aria-label={m.title(w.name, w.path)} data-testid="workspace-label">
          <span className="workspace-name">{w.name}</span>
          {w.sample && <span className="workspace-sample">{m.sample}</span>}
          <span className="workspace-path">{w.path}</span>
        </a>
      )}
      <BackendCrashBanner />
    </>
  );
}

function useWorkspaceMenu(newName: string, filter: string) {
  const report = useReportError();
  useEffect(
    () =>
      onEvent((event) => {
        if (event.type !== 'menu') return;
        const switched = (info: unknown) => info !== null && startOver();
        if (event.action === 'workspace-new') newWorkspaceByDialog(newName, filter).then(switched, report);
        else if (event.action === 'workspace-open') openWorkspaceByDialog(filter).then(switched, report);
        else if (event.action === 'workspace-recent') {
          if (event.path) invoke('workspace/open', { path: event.path }).then(switched, report);
          else navigate('start', { workspaces: 1 });
        }
      }),
    [newName, filter, report],
  );
}
