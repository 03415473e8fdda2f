// "Abrir dossiê": the link other screens (the customer grid's panel) put next to a customer.
import { hrefFor } from '../../app/router';
import { useMessages } from '../../i18n/settings';
import { dossierMessages } from './dossier-messages';

export function OpenDossierLink({ code }: { code: string }) {
  const m = useMessages(dossierMessages);
  return (
    <a className="button" href={hrefFor('dossier', { code })} data-testid="open-dossier">
      {m.openDossier}
    </a>
  );
}
