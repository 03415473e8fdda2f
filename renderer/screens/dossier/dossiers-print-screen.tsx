// The dossiers of all A customers, to print as one PDF: written in a later commit.
import type { ScreenProps } from '../screens';

export function DossiersPrintScreen(_props: ScreenProps) {
  return <h1>DossiersPrintScreen</h1>;
}
