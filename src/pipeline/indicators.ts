// indicators: outline → quantitative figures with label, value, unit, change and kind.
import type { Indicator, Outline } from './types.ts';
import type { DocumentKind } from '../schemas/meta.ts';

export interface IndicatorOptions {
  /** Plans state targets, reviews state actuals. */
  kind: DocumentKind;
}

/** Finds the figures in every paragraph and run-in heading of the outline. */
export function extractIndicators(_outline: Outline, _options: IndicatorOptions): Indicator[] {
  return [];
}
