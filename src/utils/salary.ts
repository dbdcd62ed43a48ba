import type { SalaryRole } from '../schemas/salaries';

export interface Uplift {
  min: number;
  max: number;
}

/** Derived figures are estimates: they are said to the nearest 5,000, never to the dollar. */
export const DERIVED_STEP = 5000;

export function roundDerived(amount: number): number {
  return Math.round(amount / DERIVED_STEP) * DERIVED_STEP;
}

/**
 * A hub salary range: the low end raised by the smallest uplift, the high end by the largest, each
 * rounded to the nearest 5,000 so that the chart, the table and the text show the same numbers.
 */
export function hubRange(role: Pick<SalaryRole, 'min' | 'max'>, uplift: Uplift) {
  return {
    min: roundDerived((role.min * (100 + uplift.min)) / 100),
    max: roundDerived((role.max * (100 + uplift.max)) / 100),
  };
}

/** "$120,000"; thousands in compact form ("$120k") for chart labels. */
export function formatMoney(amount: number, currency = 'USD', compact = false): string {
  if (compact) return `${currency === 'USD' ? '$' : `${currency} `}${Math.round(amount / 1000)}k`;
  return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

/** The axis for a chart of ranges: from a round number below the lowest to one above the highest. */
export function chartScale(values: number[], step = 20000) {
  const lo = Math.floor(Math.min(...values) / step) * step;
  const hi = Math.ceil(Math.max(...values) / step) * step;
  const ticks: number[] = [];
  for (let v = lo; v <= hi; v += step) ticks.push(v);
  return { lo, hi, ticks, x: (v: number, width: number) => ((v - lo) / (hi - lo)) * width };
}

export const demandLabel: Record<SalaryRole['demand'], string> = {
  moderate: 'Moderate',
  high: 'High',
  'very-high': 'Very high',
  surging: 'Surging',
};
