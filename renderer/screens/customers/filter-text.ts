// How a filter value reads on screen: a class letter, a status or signal in the user's language.
import type { Status } from '../../../shared/analysis/result-types';
import type { Labels } from '../../../shared/format/labels';
import type { FilterKey } from './customer-filter';
import type { customersMessages } from './customers-messages';

type Messages = (typeof customersMessages)['pt-BR'];

export function filterValueText(key: FilterKey, value: string, labels: Labels, m: Messages): string {
  if (key === 'xyz' && value === 'new') return labels.xyzNew;
  if (key === 'status') return labels.status[value as Status] ?? value;
  if (key === 'signal') return value === 'any' ? m.anySignal : (m.signalNames[value as keyof Messages['signalNames']] ?? value);
  if (key === 'alive') return m.aliveNames[value as keyof Messages['aliveNames']] ?? value;
  return value;
}
