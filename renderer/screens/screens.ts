// Which component draws each screen of the router.
import type { ComponentType } from 'react';
import type { Route, Screen } from '../app/router';
import { AnalysisScreen } from './analysis/analysis-screen';
import { HistoryScreen } from './history/history-screen';
import { ImportScreen } from './import/import-screen';
import { StartScreen } from './start/start-screen';
import { MatrixScreen } from './matrix/matrix-screen';
import { CustomersScreen } from './customers/customers-screen';
import { ParetoScreen } from './pareto/pareto-screen';

export type ScreenProps = { route: Route };

export const screens: Record<Screen, ComponentType<ScreenProps>> = {
  start: StartScreen,
  import: ImportScreen,
  analysis: AnalysisScreen,
  matrix: MatrixScreen,
  customers: CustomersScreen,
  pareto: ParetoScreen,
  history: HistoryScreen,
};
