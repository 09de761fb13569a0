/**
 * JavaScript's \b and \w only know ASCII, even with the `u` flag: /\bзакон/ never matches and
 * /\bdatado\b/ fails after "até". `uni()` rewrites a regex so \b and \w mean letter, digit or
 * underscore in any script, which lets the cue tables be written naturally in every language.
 */
const WORD = '[\\p{L}\\p{N}\\p{M}_]'
const BOUNDARY = `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`

export function uni(re: RegExp): RegExp {
  let out = ''
  const src = re.source
  let inClass = false
  for (let i = 0; i < src.length; i++) {
    const c = src[i] as string
    if (c === '\\') {
      const next = src[i + 1] ?? ''
      if (!inClass && next === 'b') out += BOUNDARY
      else if (next === 'w') out += inClass ? '\\p{L}\\p{N}\\p{M}_' : WORD
      else if (next === 'W' && !inClass) out += '[^\\p{L}\\p{N}\\p{M}_]'
      else out += c + next
      i++
      continue
    }
    if (c === '[' && !inClass) inClass = true
    else if (c === ']' && inClass) inClass = false
    out += c
  }
  const flags = re.flags.includes('u') ? re.flags : `${re.flags}u`
  return new RegExp(out, flags)
}
