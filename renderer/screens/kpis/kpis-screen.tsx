// KPIs and the dashboard: written in a later commit.
import type { ScreenProps } from '../screens';

export function KpisScreen(_props: ScreenProps) {
  return <h1>KpisScreen</h1>;
}
