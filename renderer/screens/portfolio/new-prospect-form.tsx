// "Novo prospecto": a customer created by hand (code and name), then its dossier opens so the
// three P and the decision-making map can be filled in.
import { useState, type FormEvent } from 'react';
import { invoke } from '../../api';
import { useReportError } from '../../app/errors';
import { navigate } from '../../app/router';
import { useMessages } from '../../i18n/settings';
import { portfolioMessages } from './portfolio-messages';

export function NewProspectForm({ onClose }: { onClose(): void }) {
  const m = useMessages(portfolioMessages);
  const report = useReportError();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const created = await invoke('customers/create', { code, name });
      navigate('dossier', { code: created.code });
    } catch (err) {
      report(err);
      setBusy(false);
    }
  };
  return (
    <form className="panel new-prospect" onSubmit={submit} aria-label={m.prospectTitle} data-testid="new-prospect-form">
      <h2>{m.prospectTitle}</h2>
      <div className="row">
        <label className="field">
          {m.prospectCode}
          <input value={code} onChange={(e) => setCode(e.target.value)} required autoFocus maxLength={60} data-testid="prospect-code" />
        </label>
        <label className="field grow">
          {m.prospectName}
          <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} data-testid="prospect-name" />
        </label>
        <div className="form-buttons">
          <button type="submit" className="primary" disabled={busy} data-testid="prospect-create">
            {m.prospectCreate}
          </button>{' '}
          <button type="button" onClick={onClose}>
            {m.cancel}
          </button>
        </div>
      </div>
    </form>
  );
}
