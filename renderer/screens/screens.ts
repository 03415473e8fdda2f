// Which component draws each screen of the router.
import type { ComponentType } from 'react';
import type { Route, Screen } from '../app/router';
import { Placeholder } from './placeholder';

export type ScreenProps = { route: Route };

export const screens: Record<Screen, ComponentType<ScreenProps>> = {
  start: Placeholder,
  import: Placeholder,
  analysis: Placeholder,
  matrix: Placeholder,
  customers: Placeholder,
  pareto: Placeholder,
  history: Placeholder,
};
