// One customer's dossier: written in a later commit.
import type { ScreenProps } from '../screens';

export function DossierScreen(_props: ScreenProps) {
  return <h1>DossierScreen</h1>;
}
