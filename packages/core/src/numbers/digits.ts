/**
 * Digit literals as Vietnamese reports write them: "." groups thousands and "," marks decimals
 * ("1.234.567,5"), with an English-style fallback when the Vietnamese reading is impossible.
 */

/** An exact decimal as digit strings, so scaling ("80,7 tỷ") never goes through binary fractions. */
export interface DecimalDigits {
  /** Integer digits, possibly with leading zeros ("02"). */
  integer: string;
  /** Fraction digits, "" for integers. */
  fraction: string;
}

const isDigits = (s: string): boolean => s.length > 0 && /^(?<digits>\d+)$/.test(s);

/** True for a thousands-grouped run: first group 1–3 digits not starting with 0, the rest exactly 3. */
function isGrouping(groups: readonly string[]): boolean {
  if (groups.length < 2) return false;
  const [first, ...rest] = groups as [string, ...string[]];
  if (first.length > 3 || first.startsWith('0')) return false;
  return rest.every((g) => g.length === 3);
}

/**
 * Reads one digit literal made of digits, "." and "," (no spaces, no sign, no "%").
 *
 * Rules, in order:
 * - only digits: an integer ("02" → 2);
 * - only dots: Vietnamese thousands if every group after the first has 3 digits ("5.990" → 5990);
 *   otherwise one dot is an English decimal point ("1.5", "99.07", "5.99"); several dots → null;
 * - only commas: one comma is the Vietnamese decimal comma ("139,33", and the ambiguous "1,234" → 1.234);
 *   several commas must be English thousands ("1,234,567");
 * - both: "1.234.567,5" (Vietnamese) or "1,234.5" (English), anything else → null ("1.2.3,4,5").
 *
 * @example
 * parseDigitLiteral('1.234.567,5'); // { integer: '1234567', fraction: '5' }
 * parseDigitLiteral('1.2.3'); // null
 */
export function parseDigitLiteral(literal: string): DecimalDigits | null {
  if (isDigits(literal)) return { integer: literal, fraction: '' };
  const dots = literal.split('.');
  const commas = literal.split(',');
  const hasDot = dots.length > 1;
  const hasComma = commas.length > 1;
  if (hasDot && !hasComma) {
    if (!dots.every(isDigits)) return null;
    if (isGrouping(dots)) return { integer: dots.join(''), fraction: '' };
    if (dots.length === 2) return { integer: dots[0]!, fraction: dots[1]! };
    return null;
  }
  if (hasComma && !hasDot) {
    if (!commas.every(isDigits)) return null;
    if (commas.length === 2) return { integer: commas[0]!, fraction: commas[1]! };
    if (isGrouping(commas)) return { integer: commas.join(''), fraction: '' };
    return null;
  }
  if (hasDot && hasComma) {
    const vietnamese = literal.indexOf('.') < literal.indexOf(',');
    const [groupSep, decimalSep] = vietnamese ? ['.', ','] : [',', '.'];
    const parts = literal.split(decimalSep);
    if (parts.length !== 2 || !isDigits(parts[1]!)) return null;
    const groups = parts[0]!.split(groupSep);
    if (!groups.every(isDigits) || !isGrouping(groups)) return null;
    return { integer: groups.join(''), fraction: parts[1]! };
  }
  return null;
}

/**
 * Multiplies an exact decimal by 10^exponent and returns it as a number (null if not finite).
 *
 * @example
 * scaleDecimal({ integer: '80', fraction: '7' }, 9); // 80700000000
 */
export function scaleDecimal(value: DecimalDigits, exponent: number): number | null {
  const shifted = value.fraction.length <= exponent;
  const integer = shifted
    ? value.integer + value.fraction.padEnd(exponent, '0')
    : value.integer + value.fraction.slice(0, exponent);
  const fraction = shifted ? '' : value.fraction.slice(exponent);
  const n = Number(fraction ? `${integer}.${fraction}` : integer);
  return Number.isFinite(n) ? n : null;
}
