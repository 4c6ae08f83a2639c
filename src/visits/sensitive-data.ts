/** Something in an answer that may identify a person, for the writer to check before submitting. */
export interface SensitiveFinding {
  readonly kind: string;
  /** The matched text, shortened so that the warning does not repeat the whole detail. */
  readonly sample: string;
}

interface Detector {
  readonly kind: string;
  readonly pattern: RegExp;
  readonly accept?: (match: string) => boolean;
}

const DETECTORS: readonly Detector[] = [
  { kind: 'an email address', pattern: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g },
  {
    kind: 'an NHS number',
    pattern: /\b\d{3}[ -]?\d{3}[ -]?\d{4}\b/g,
    accept: (match) => isValidNhsNumber(match.replace(/\D/g, '')),
  },
  {
    kind: 'a UK phone number',
    pattern: /(?:\+44\s?\(?0?\)?\s?|\b0)(?:\d[\s-]?){9,10}\b/g,
    accept: (match) => !isValidNhsNumber(match.replace(/\D/g, '')),
  },
  {
    kind: 'a National Insurance number',
    pattern: /\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/gi,
  },
  {
    kind: 'a postcode',
    pattern: /\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?|GIR) ?\d[ABD-HJLNP-UW-Z]{2}\b/gi,
  },
  {
    kind: 'a date of birth',
    pattern:
      /\b(?:born(?: on)?|d\.?o\.?b\.?|date of birth|birthday)\W{0,3}(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)? [A-Za-z]{3,9},? \d{4})/gi,
  },
];

/** Scans text for personal identifiers: emails, UK phones, valid NHS numbers, NI numbers, postcodes, DOBs. */
export function findSensitiveData(text: string): SensitiveFinding[] {
  const findings: SensitiveFinding[] = [];
  for (const detector of DETECTORS) {
    for (const match of text.matchAll(detector.pattern)) {
      const found = match[0].trim();
      if (detector.accept && !detector.accept(found)) continue;
      findings.push({ kind: detector.kind, sample: shorten(found) });
    }
  }
  return findings;
}

/** The NHS number's modulus 11 check digit. */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  const sum = [...digits.slice(0, 9)].reduce((total, d, i) => total + Number(d) * (10 - i), 0);
  const check = 11 - (sum % 11);
  const expected = check === 11 ? 0 : check;
  return expected !== 10 && expected === Number(digits[9]);
}

function shorten(text: string): string {
  return text.length <= 6 ? text : `${text.slice(0, 3)}…${text.slice(-2)}`;
}
