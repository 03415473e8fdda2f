import type { ScreenProps } from './screens';

export function Placeholder({ route }: ScreenProps) {
  return <p>{route.screen}</p>;
}
