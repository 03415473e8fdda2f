// The start screen's workspaces: the one open now (its name and path; a note when it is the
// sample), the recent ones to open again, and a new or another one: through the native dialogs in
// the desktop window, by name (created in Clave's workspaces folder) or by a typed path in the
// browser. Arquivo › Espaços de trabalho recentes… opens #/start?workspaces=1, which brings this
// panel into view.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { WorkspaceInfo } from '../../../shared/api/workspace-api';
import { client, invoke } from '../../api';
import { newWorkspaceByDialog, openWorkspaceByDialog, startOver } from '../../api/workspace-switch';
import { useErrorText } from '../../app/errors';
import { useApiData } from '../../components/use-api-data';
import { workspaceMessages } from '../../components/workspace-messages';
import { useMessages } from '../../i18n/settings';
import { workspacePanelMessages } from './workspace-panel-messages';
import './workspace-panel.css';

export function WorkspacePanel({ highlighted }: { highlighted: boolean }) {
  const m = useMessages(workspacePanelMessages);
  const mw = useMessages(workspaceMessages);
  const errorText = useErrorText();
  const info = useApiData('workspace/info', () => invoke('workspace/info', {}));
  const list = useApiData('workspace/recent', () => invoke('workspace/recent', {}));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [path, setPath] = useState('');
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    if (highlighted) panel.current?.scrollIntoView({ block: 'start' });
  }, [highlighted]);

  const act = async (open: () => Promise<WorkspaceInfo | null>) => {
    setBusy(true);
    setError(null);
    try {
      if ((await open()) !== null) startOver();
      else setBusy(false);
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  };
  const submit = (e: FormEvent, open: () => Promise<WorkspaceInfo>) => {
    e.preventDefault();
    void act(open);
  };
  const w = info.data;
  const desktop = client.kind === 'electron';

  return (
    <section ref={panel} className={`panel workspace-panel${highlighted ? ' highlighted' : ''}`} aria-labelledby="workspaces-title" data-testid="workspace-panel">
      <h2 id="workspaces-title">{m.title}</h2>
      <p className="muted">{m.intro}</p>
      {w && (
        <p className="workspace-current" data-testid="workspace-current">
          <strong>{m.current}:</strong> {w.name} <span className="muted">{w.path}</span>
        </p>
      )}
      {w?.sample && <p className="notice">{m.sampleNote}</p>}
      <h3>{m.recent}</h3>
      {list.data && list.data.recent.filter((r) => !r.current).length === 0 && <p className="muted">{m.none}</p>}
      {list.data && list.data.recent.some((r) => !r.current) && (
        <table className="data workspace-recent" data-testid="workspace-recent">
          <thead>
            <tr>
              <th scope="col">{m.name}</th>
              <th scope="col">{m.path}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {list.data.recent
              .filter((r) => !r.current)
              .map((r) => (
                <tr key={r.path}>
                  <td>{r.name}</td>
                  <td className="file-cell" title={r.path}>
                    {r.path}
                  </td>
                  <td className="actions-cell">
                    {r.exists ? (
                      <button type="button" disabled={busy} onClick={() => void act(() => invoke('workspace/open', { path: r.path }))} aria-label={`${m.open} ${r.name}`}>
                        {m.open}
                      </button>
                    ) : (
                      <span className="muted">{m.missing}</span>
                    )}
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
      {desktop ? (
        <div className="row workspace-actions">
          <button type="button" disabled={busy} onClick={() => void act(() => newWorkspaceByDialog(mw.newName, mw.filter))} data-testid="workspace-new">
            {m.newByDialog}
          </button>
          <button type="button" disabled={busy} onClick={() => void act(() => openWorkspaceByDialog(mw.filter))} data-testid="workspace-open">
            {m.openByDialog}
          </button>
        </div>
      ) : (
        <div className="workspace-forms">
          <form className="row" onSubmit={(e) => submit(e, () => invoke('workspace/new', { name }))}>
            <label className="field grow">
              {m.newName}
              <input value={name} onChange={(e) => setName(e.target.value)} maxLength={80} required data-testid="workspace-new-name" />
              {list.data && <span className="muted">{m.createdIn(list.data.folder)}</span>}
            </label>
            <button type="submit" className="primary" disabled={busy || name.trim() === ''} data-testid="workspace-create">
              {m.create}
            </button>
          </form>
          {list.data?.typedPaths && (
            <form className="row" onSubmit={(e) => submit(e, () => invoke('workspace/open', { path: path.trim() }))}>
              <label className="field grow">
                {m.openPath}
                <input value={path} onChange={(e) => setPath(e.target.value)} spellCheck={false} required data-testid="workspace-open-path" />
                <span className="muted">{m.openPathHint}</span>
              </label>
              <button type="submit" disabled={busy || path.trim() === ''} data-testid="workspace-open-typed">
                {m.openTyped}
              </button>
            </form>
          )}
        </div>
      )}
      {error && (
        <p className="backup-error" role="alert" data-testid="workspace-error">
          {error}
        </p>
      )}
    </section>
  );
}
