// Chinese and Arabic numerals as printed in headings and figures.

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
/** Digits and units only, in the everyday and the financial forms (拾 佰 仟). */
const NUMERAL = new RegExp(`^[${Object.keys(DIGITS).join('')}${Object.keys(UNITS).join('')}]+$`);

/** 三 → 3, 十二 → 12, 一百零五 → 105, "12" → 12, "１２" → 12; NaN when not a numeral. */
export function parseNumeral(text: string): number {
  const ascii = toHalfWidthDigits(text.trim());
  if (/^\d+$/.test(ascii)) return Number(ascii);
  if (!NUMERAL.test(ascii)) return Number.NaN;
  let total = 0;
  let digit = 0;
  for (const ch of ascii) {
    if (ch in DIGITS) digit = DIGITS[ch]!;
    else {
      const unit = UNITS[ch]!;
      total += (digit || 1) * unit;
      digit = 0;
    }
  }
  return total + digit;
}

/** Full-width digits ０-９ → 0-9. */
export function toHalfWidthDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** Digits 0-9 → full-width ０-９ (toHalfWidthDigits the other way). */
export function toFullWidthDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

/** ① → 1 … ⑳ → 20. */
export function circledNumber(ch: string): number {
  const code = ch.codePointAt(0)!;
  if (code >= 0x2460 && code <= 0x2473) return code - 0x2460 + 1;
  return Number.NaN;
}

/** 1 → ① … 20 → ⑳ (circledNumber the other way); undefined past them. */
export function circledNumeral(n: number): string | undefined {
  return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : undefined;
}

const NUMERAL_DIGITS = '〇一二三四五六七八九';

/** 1–99 as a heading prints it (一, 十, 十一, 二十三; parseNumeral the other way); past 99 the digits one by one (一〇五). */
export function chineseNumeral(n: number): string {
  if (n <= 0 || n >= 100) return [...String(n)].map((d) => NUMERAL_DIGITS[Number(d)]).join('');
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 0 ? '' : tens === 1 ? '十' : `${NUMERAL_DIGITS[tens]}十`) + (ones === 0 ? '' : NUMERAL_DIGITS[ones]);
}
