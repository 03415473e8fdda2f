// When the backend process stops unexpectedly (the host says 'backend/crashed'), a banner says
// so, with the reference written to the log, and offers to restart it. Nothing committed is lost;
// the page starts over once the backend runs again.
import { useEffect, useState } from 'react';
import { wordError } from '../../shared/api/errors';
import { invoke, onEvent } from '../api';
import { startOver } from '../api/workspace-switch';
import { useErrorText } from '../app/errors';
import { MESSAGE_LANG } from '../i18n/locales';
import { useMessages, useSettings } from '../i18n/settings';
import { workspaceMessages } from './workspace-messages';

export function BackendCrashBanner() {
  const m = useMessages(workspaceMessages);
  const { locale } = useSettings();
  const errorText = useErrorText();
  const [crash, setCrash] = useState<{ ref: string } | null>(null);
  const [restarting, setRestarting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(
    () =>
      onEvent((event) => {
        if (event.type === 'backend/crashed') setCrash({ ref: event.ref });
        else if (event.type === 'backend/restarted') setCrash(null);
      }),
    [],
  );
  if (crash === null) return null;
  const restart = async () => {
    setRestarting(true);
    setFailure(null);
    try {
      await invoke('workspace/restart', {});
      startOver(window.location.hash || '#/start');
    } catch (e) {
      setFailure(errorText(e));
      setRestarting(false);
    }
  };
  return (
    <div className="backend-crash" role="alert" data-testid="backend-crash">
      <span>{wordError({ type: 'internal', code: 'host/backend-crashed', params: { ref: crash.ref } }, MESSAGE_LANG[locale])}</span>
      <button type="button" className="primary" onClick={() => void restart()} disabled={restarting} data-testid="backend-restart">
        {restarting ? m.restarting : m.restart}
      </button>
      {failure && <span className="backend-crash-failure">{failure}</span>}
    </div>
  );
}
