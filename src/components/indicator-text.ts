// How a figure's comparator and kind read on the page; shared by callouts, key figures and tables.

const signs: Record<string, string> = { '>=': '≥', '>': '>', '≈': '≈', '<=': '≤', '<': '<' };

/** The printed sign of a comparator (`>=` → `≥`); empty when there is none. */
export const cmpSign = (comparator: string | undefined): string => (comparator ? (signs[comparator] ?? comparator) : '');

/** A figure's value as printed: a range with both ends (100–2000), else the value. */
export const valueText = (value: number, max?: number): string => (max === undefined ? String(value) : `${value}–${max}`);

const kinds = { actual: ['实际', '實際'], target: ['目标', '目標'], estimate: ['预计', '預計'], provision: ['规定', '規定'] } as const;

/** The word for a figure's kind in the page's script. */
export const kindText = (kind: keyof typeof kinds, hans: boolean): string => kinds[kind][hans ? 0 : 1];
