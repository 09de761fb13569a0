/**
 * JavaScript's \b and \w only know ASCII, even with the `u` flag: /\bзакон/ never matches and
 * /\bat\b/ matches inside "até". `uni()` rewrites a regex so \b and \w mean letter, digit or
 * underscore in any script, which lets the cue tables be written naturally in every language.
 * A \b that opens a word (after "(", "|" or at the start) becomes one lookbehind and a \b that
 * closes one a single lookahead: far cheaper than the two-sided test, which matters on long texts.
 * A space in a pattern matches any run of whitespace: faxes, PDFs and OCR break lines anywhere
 * ("subscriber\ninformation"), so "subscriber information" must still match.
 */
const WORD = '[\\p{L}\\p{N}\\p{M}_]'
const BOUNDARY = `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`
const OPEN = `(?<!${WORD})`
const CLOSE = `(?!${WORD})`

export function uni(re: RegExp): RegExp {
  let out = ''
  const src = re.source
  let inClass = false
  for (let i = 0; i < src.length; i++) {
    const c = src[i] as string
    if (c === '\\') {
      const next = src[i + 1] ?? ''
      if (!inClass && next === 'b') {
        const prev = out.slice(-1)
        const after = src[i + 2] ?? ''
        if (out === '' || prev === '(' || prev === '|' || prev === '^' || (prev === ':' && out.endsWith('(?:'))) out += OPEN
        else if (after === '' || after === ')' || after === '|' || after === '[' && /[\\s]/.test(src.slice(i + 3, i + 6)) || after === '\\' && /^\\[sW]/.test(src.slice(i + 2, i + 4))) out += CLOSE
        else out += BOUNDARY
      } else if (next === 'w') {
        out += inClass ? '\\p{L}\\p{N}\\p{M}_' : WORD
      } else if (next === 'W' && !inClass) {
        out += '[^\\p{L}\\p{N}\\p{M}_]'
      } else {
        out += c + next
      }
      i++
      continue
    }
    if (c === ' ' && !inClass) {
      while (src[i + 1] === ' ') i++
      const q = src[i + 1]
      if (q === '?' || q === '*') {
        out += '\\s*'
        i++
      } else if (q === '+' || q === '{') {
        out += '\\s'
      } else {
        out += '\\s+'
      }
      continue
    }
    if (c === '[' && !inClass) inClass = true
    else if (c === ']' && inClass) inClass = false
    out += c
  }
  const flags = re.flags.includes('u') ? re.flags : `${re.flags}u`
  return new RegExp(out, flags)
}
