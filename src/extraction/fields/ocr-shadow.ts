/**
 * A same-length copy of the text with the commonest OCR and fax confusions undone inside words:
 * "UNlTED" -> "UNITED", "Distr1ct" -> "District", "C0URT" -> "COURT", "incIuding" -> "including",
 * "JUL-O9" -> "JUL-09". Offsets are unchanged, so evidence found in the copy points into the
 * original. Identifiers are never read from the copy: they must stay as written.
 */
const UPPER = /[A-Z]/
const LOWER = /[a-z]/
const LETTER = /[A-Za-z]/
const DIGIT = /[0-9]/

export function normalizeOcr(text: string): string {
  if (!/[A-Za-z][01Il][A-Za-z]|\dO\d|[A-Za-z]0[A-Za-z]/.test(text)) return text
  // UTF-16 units, so the result has exactly the input's length (only ASCII units are ever changed).
  const units = text.split('')
  for (let i = 1; i < units.length - 1; i++) {
    const prev = units[i - 1] as string
    const next = units[i + 1] as string
    const c = units[i] as string
    if (LETTER.test(prev) && LETTER.test(next)) {
      const upper = UPPER.test(prev) && UPPER.test(next)
      // In a lower-case word a 1 between two consonants was an i ("Distr1ct"), otherwise an l ("fi1e").
      if (c === '1') units[i] = upper ? 'I' : !/[aeiouy]/i.test(prev) && !/[aeiouy]/i.test(next) ? 'i' : 'l'
      else if (c === '0') units[i] = upper ? 'O' : 'o'
      else if (c === 'l' && upper) units[i] = 'I'
      else if (c === 'I' && LOWER.test(prev) && LOWER.test(next)) units[i] = 'l'
    } else if (c === 'O' && DIGIT.test(prev) && DIGIT.test(next)) {
      units[i] = '0'
    } else if (c === 'O' && DIGIT.test(next) && /[-/.]/.test(prev)) {
      units[i] = '0'
    } else if (c === '1' && LOWER.test(prev) && !/[A-Za-z0-9]/.test(next) && LETTER.test(units[i - 2] ?? '')) {
      units[i] = 'l' // word-final: "emai1", "Al1"
    }
  }
  return units.join('')
}
