// The win-back list: written in a later commit.
import type { ScreenProps } from '../screens';

export function WinbackScreen(_props: ScreenProps) {
  return <h1>WinbackScreen</h1>;
}
