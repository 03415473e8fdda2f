// Money is kept in integer minor units (cents) so that sums and class boundaries are exact
// (SPEC "Data"). Conversions to major units happen only at the edges (JSON, exports, screens).

export type Cents = number;

export function centsToMajor(cents: Cents): number {
  return cents / 100;
}

/** Rounds a major-unit amount (e.g. 1234.565) to whole cents, half away from zero. */
export function majorToCents(major: number): Cents {
  const scaled = major * 100;
  // Correct binary noise first (0.1 × 3 × 100 = 30.000000000000004) before rounding.
  const cleaned = Math.round(scaled * 1e6) / 1e6;
  return Math.sign(cleaned) * Math.round(Math.abs(cleaned));
}

/** Quantities are kept in thousandths so that sums of fractional quantities (kg, m) are exact. */
export type Milli = number;

export function toMilli(quantity: number): Milli {
  const cleaned = Math.round(quantity * 1000 * 1e6) / 1e6;
  return Math.sign(cleaned) * Math.round(Math.abs(cleaned));
}

export function fromMilli(milli: Milli): number {
  return milli / 1000;
}
