// A signal as a sentence with its reason ("Atrasado: 95 dias sem comprar, …"), in the figures'
// own units: the declining signal compares means of the XYZ measure (cents, thousandths, orders).
import type { XyzMeasure } from '../analysis/params';
import type { Signal } from '../analysis/result-types';
import type { Labels } from './labels';
import type { LocaleFormat } from './locale';
import { readableMoney, readableNumber } from './numbers';

function measureText(value: number, measure: XyzMeasure, loc: LocaleFormat): string {
  if (measure === 'revenue') return readableMoney(value, loc);
  if (measure === 'quantity') return readableNumber(value / 1000, loc, 3);
  return readableNumber(value, loc, 2);
}

export function signalText(signal: Signal, measure: XyzMeasure, labels: Labels, loc: LocaleFormat): string {
  switch (signal.kind) {
    case 'overdue':
      return labels.signals.overdue(readableNumber(signal.recencyDays, loc, 0), readableNumber(signal.cycleDays, loc, 1));
    case 'declining':
      return labels.signals.declining(measureText(signal.recentMean, measure, loc), measureText(signal.earlierMean, measure, loc));
    case 'dropped class':
      return labels.signals.droppedClass(signal.from, signal.to, signal.previousRunId);
  }
}

/** All of a customer's signals in one cell, separated by semicolons. */
export function signalsText(signals: Signal[], measure: XyzMeasure, labels: Labels, loc: LocaleFormat): string {
  return signals.map((s) => signalText(s, measure, labels, loc)).join('; ');
}
