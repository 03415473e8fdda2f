// The schema's history, oldest first. A migration is never edited once released: add a file.
import engine from './001-engine.sql?raw';
import keyAccounts from './002-key-accounts.sql?raw';
import saleLineGroups from './003-sale-line-groups.sql?raw';
import saleLineTexts from './004-sale-line-texts.sql?raw';
import currentAnalysis from './005-current-analysis.sql?raw';
import overlappingExports from './006-overlapping-exports.sql?raw';
import rejectMessages from './010-reject-messages.sql?raw';
import agendaPurchaseMarks from './011-agenda-purchase-marks.sql?raw';
import predictiveModels from './012-predictive-models.sql?raw';
import screensAtScale from './013-screens-at-scale.sql?raw';
import latestSale from './014-latest-sale.sql?raw';

export type Migration = { version: number; name: string; sql: string };

export const migrations: Migration[] = [
  { version: 1, name: '001-engine', sql: engine },
  { version: 2, name: '002-key-accounts', sql: keyAccounts },
  { version: 3, name: '003-sale-line-groups', sql: saleLineGroups },
  { version: 4, name: '004-sale-line-texts', sql: saleLineTexts },
  { version: 5, name: '005-current-analysis', sql: currentAnalysis },
  { version: 6, name: '006-overlapping-exports', sql: overlappingExports },
  // 7 to 9 were never released: work of the same days took them, then landed after 10 was out.
  { version: 10, name: '010-reject-messages', sql: rejectMessages },
  { version: 11, name: '011-agenda-purchase-marks', sql: agendaPurchaseMarks },
  { version: 12, name: '012-predictive-models', sql: predictiveModels },
  { version: 13, name: '013-screens-at-scale', sql: screensAtScale },
  { version: 14, name: '014-latest-sale', sql: latestSale },
];
