// The portfolio (carteira): written in a later commit.
import type { ScreenProps } from '../screens';

export function PortfolioScreen(_props: ScreenProps) {
  return <h1>PortfolioScreen</h1>;
}
