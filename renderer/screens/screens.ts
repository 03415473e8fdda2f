// Which component draws each screen of the router.
import type { ComponentType } from 'react';
import type { Route, Screen } from '../app/router';
import { AgendaScreen } from './agenda/agenda-screen';
import { AnalysisScreen } from './analysis/analysis-screen';
import { CustomersScreen } from './customers/customers-screen';
import { DossierScreen } from './dossier/dossier-screen';
import { DossiersPrintScreen } from './dossier/dossiers-print-screen';
import { HistoryScreen } from './history/history-screen';
import { ImportScreen } from './import/import-screen';
import { KpisScreen } from './kpis/kpis-screen';
import { MatrixScreen } from './matrix/matrix-screen';
import { ModelCheckScreen } from './model-check/model-check-screen';
import { ParetoScreen } from './pareto/pareto-screen';
import { PortfolioScreen } from './portfolio/portfolio-screen';
import { StartScreen } from './start/start-screen';
import { WinbackScreen } from './winback/winback-screen';

export type ScreenProps = { route: Route };

export const screens: Record<Screen, ComponentType<ScreenProps>> = {
  start: StartScreen,
  import: ImportScreen,
  analysis: AnalysisScreen,
  matrix: MatrixScreen,
  customers: CustomersScreen,
  pareto: ParetoScreen,
  history: HistoryScreen,
  portfolio: PortfolioScreen,
  dossier: DossierScreen,
  dossiers: DossiersPrintScreen,
  agenda: AgendaScreen,
  winback: WinbackScreen,
  kpis: KpisScreen,
  model: ModelCheckScreen,
};
