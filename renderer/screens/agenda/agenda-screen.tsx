// The follow-up agenda: written in a later commit.
import type { ScreenProps } from '../screens';

export function AgendaScreen(_props: ScreenProps) {
  return <h1>AgendaScreen</h1>;
}
