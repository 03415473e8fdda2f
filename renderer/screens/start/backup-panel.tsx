// "Fazer backup" and "Restaurar backup…" on the start screen. A backup is SQLite's online copy
// of the workspace ('workspace/backup'), through the save dialog or as a download; a restore
// asks first, in place, then replaces the workspace ('workspace/restore') and reloads what the
// screens show. A refused file (not a Clave database, from a newer Clave) shows the backend's
// message here, where the user is looking, and changes nothing. The menu's "Backup…" opens
// #/start?backup=1, which brings this panel into view with the focus on its first button.
import { useEffect, useRef, useState } from 'react';
import { isoOfDay } from '../../../shared/domain/calendar';
import type { ChosenFile } from '../../../shared/api/transport';
import { invoke, openFile, saveFile } from '../../api';
import { useErrorText } from '../../app/errors';
import { useWorkspace } from '../../app/workspace-state';
import { localToday } from '../../components/local-today';
import { useApiData } from '../../components/use-api-data';
import { useMessages, useSettings } from '../../i18n/settings';
import { backupMessages } from './backup-messages';
import './backup-panel.css';

/** The same name the backend gives a downloaded copy (electron/workspace/backup-workspace.ts), so both hosts agree. */
export const backupFileName = () => `clave-copia-${isoOfDay(localToday())}.clave`;

type Outcome = { kind: 'ok' | 'error'; text: string } | null;

export function BackupPanel({ highlighted }: { highlighted: boolean }) {
  const m = useMessages(backupMessages);
  const { fmt } = useSettings();
  const { reload } = useWorkspace();
  const [busy, setBusy] = useState<'backup' | 'restore' | null>(null);
  const [asking, setAsking] = useState<ChosenFile | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [restores, setRestores] = useState(0);
  const info = useApiData(`info/${restores}`, () => invoke('workspace/info', {}));
  const panel = useRef<HTMLElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  const yes = useRef<HTMLButtonElement>(null);
  const restoreButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!highlighted) return;
    panel.current?.scrollIntoView({ block: 'center' });
    first.current?.focus();
  }, [highlighted]);
  useEffect(() => {
    if (asking) yes.current?.focus();
  }, [asking]);

  const size = (bytes: number) =>
    bytes < 1024 * 1024 ? m.kb(fmt.number(Math.max(1, Math.round(bytes / 1024)), 0)) : m.mb(fmt.number(bytes / (1024 * 1024), 1));
  const message = useErrorText();

  const backup = async () => {
    setBusy('backup');
    setOutcome(null);
    try {
      const result = await saveFile(backupFileName(), [{ name: m.filter, extensions: ['clave'] }], (target) => invoke('workspace/backup', target ? { target } : {}));
      if (result) setOutcome({ kind: 'ok', text: m.saved(result.fileName, size(result.bytes)) });
    } catch (e) {
      setOutcome({ kind: 'error', text: message(e) });
    } finally {
      setBusy(null);
    }
  };
  const choose = async () => {
    setOutcome(null);
    try {
      const file = await openFile([{ name: m.filter, extensions: ['clave', 'sqlite', 'db'] }]);
      if (file) setAsking(file);
    } catch (e) {
      setOutcome({ kind: 'error', text: message(e) });
    }
  };
  const cancel = () => {
    setAsking(null);
    requestAnimationFrame(() => restoreButton.current?.focus());
  };
  const restore = async (file: ChosenFile) => {
    setBusy('restore');
    try {
      const r = await invoke('workspace/restore', { fileId: file.fileId });
      setOutcome({ kind: 'ok', text: m.restored(file.name, fmt.integer(r.customers), fmt.integer(r.runs)) });
      setRestores((n) => n + 1);
      await reload();
    } catch (e) {
      setOutcome({ kind: 'error', text: message(e) });
    } finally {
      setBusy(null);
      setAsking(null);
    }
  };

  return (
    <section ref={panel} className={`panel backup-panel${highlighted ? ' highlighted' : ''}`} aria-labelledby="backup-title" data-testid="backup-panel">
      <h2 id="backup-title">{m.title}</h2>
      <p className="muted">{m.intro}</p>
      <div className="row backup-actions">
        <button type="button" ref={first} className="primary" onClick={backup} disabled={busy !== null} data-testid="backup-make">
          {busy === 'backup' ? m.working : m.backup}
        </button>
        <button type="button" ref={restoreButton} onClick={choose} disabled={busy !== null || asking !== null} data-testid="backup-restore">
          {m.restore}
        </button>
      </div>
      {asking && (
        // Asked in place, the focus on "Sim, restaurar": works from the keyboard, no native dialog.
        <div className="backup-confirm" role="group" aria-label={m.question(asking.name)} onKeyDown={(e) => e.key === 'Escape' && cancel()}>
          <p className="confirm-question">{m.question(asking.name)}</p>
          <div className="row">
            <button type="button" ref={yes} className="danger" disabled={busy !== null} onClick={() => void restore(asking)} data-testid="backup-restore-confirm">
              {busy === 'restore' ? m.restoring : m.confirm}
            </button>
            <button type="button" onClick={cancel} disabled={busy !== null}>
              {m.cancel}
            </button>
          </div>
        </div>
      )}
      {outcome && (
        <p className={outcome.kind === 'ok' ? 'notice' : 'backup-error'} role={outcome.kind === 'ok' ? 'status' : 'alert'} data-testid="backup-outcome">
          {outcome.text}
        </p>
      )}
      {info.data && <p className="muted backup-info">{m.info(info.data.path, String(info.data.schemaVersion), info.data.appVersion)}</p>}
    </section>
  );
}
