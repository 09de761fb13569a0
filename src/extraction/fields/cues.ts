/** A weighted cue: a pattern, how much it counts, and a name for debugging and tests. */
import type { Span } from '../types.js'
import { matchAll, span } from './text.js'
import { uni } from './uni.js'

export type Cue = { re: RegExp; weight: number; name: string }

export function cue(re: RegExp, weight: number, name: string): Cue {
  return { re: uni(re), weight, name }
}

export type CueHit = { cue: Cue; span: Span }

export function findCues(text: string, cues: Cue[]): CueHit[] {
  const hits: CueHit[] = []
  for (const c of cues) {
    for (const m of matchAll(text, c.re)) hits.push({ cue: c, span: span(text, m.start, m.end) })
  }
  return hits.sort((a, b) => a.span.start - b.span.start)
}

/** Is the hit inside a negated clause ("not to include message content", "no non-disclosure order")? */
export function negatedBefore(text: string, start: number, negation: RegExp, window = 60): boolean {
  const left = text.slice(Math.max(0, start - window), start)
  // Clauses end at sentence punctuation or a blank line, not at a line break: faxes wrap mid-clause.
  const clause = left.split(/[.;:!?\f]|\r?\n\s*\r?\n|\r(?!\n)\s*\r|,\s*(?:but|however|pero|mas|mais|aber|но)\b(?!\s+not\b)/iu).pop() ?? ''
  return negation.test(clause)
}
