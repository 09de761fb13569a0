/**
 * A same-length copy of the text with the commonest OCR and fax confusions undone inside words:
 * "UNlTED" -> "UNITED", "Distr1ct" -> "District", "C0URT" -> "COURT", "incIuding" -> "including",
 * "JUL-O9" -> "JUL-09". Offsets are unchanged, so evidence found in the copy points into the
 * original. Identifiers are never read from the copy: they must stay as written.
 */
const UPPER = /[A-ZÀ-ÖØ-Þ]/
const LOWER = /[a-zß-öø-ÿ]/
const LETTER = /[A-Za-zÀ-ÖØ-öø-ÿ]/
const DIGIT = /[0-9]/

/** Latin letters OCR puts inside Cyrillic words ("Басманноrо", "суда"): each has a Cyrillic look-alike. */
const CYRILLIC_TWIN: Record<string, string> = {
  a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', r: 'г', k: 'к', m: 'м', t: 'т', u: 'и', n: 'п',
  A: 'А', B: 'В', E: 'Е', K: 'К', M: 'М', H: 'Н', O: 'О', P: 'Р', C: 'С', T: 'Т', X: 'Х', Y: 'У', '3': 'З',
}
const CYRILLIC = /[\u0400-\u04FF]/

/** Put Cyrillic letters back into words that are Cyrillic but for one or two OCR'd Latin look-alikes. */
function fixMixedCyrillic(text: string): string {
  if (!CYRILLIC.test(text) || !/[\u0400-\u04FF][A-Za-z3]|[A-Za-z3][\u0400-\u04FF]/.test(text)) return text
  return text.replace(/[\p{L}3]+/gu, (word) => {
    const latin = word.match(/[A-Za-z3]/g)?.length ?? 0
    const cyrillic = word.match(/[\u0400-\u04FF]/g)?.length ?? 0
    if (latin === 0 || cyrillic < 2 || latin > cyrillic / 2) return word
    return word.replace(/[A-Za-z3]/g, (c) => CYRILLIC_TWIN[c] ?? c)
  })
}

/** A lone l or I where a section number stands: "§§ 100k Abs. l," -> "Abs. 1". */
const NUMBER_SLOT = /(\b(?:Abs|Nr|Art|art|No|ст)\.\s?|§\s?)[lI](?![\p{L}\p{N}])/gu

export function normalizeOcr(original: string): string {
  const text = fixMixedCyrillic(original).replace(NUMBER_SLOT, (_m, slot: string) => `${slot}1`)
  if (!/[A-Za-zÀ-ÿ][01Il][A-Za-zÀ-ÿ]|\dO\d|[A-Za-z]0[A-Za-z]|[A-Z]{2}l\b/.test(text)) return text
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
    } else if (c === 'l' && UPPER.test(prev) && UPPER.test(units[i - 2] ?? '') && !LETTER.test(next) && !/[0-9]/.test(next)) {
      units[i] = 'I' // word-final in capitals: "ROl" -> "ROI"
    }
  }
  return units.join('')
}
