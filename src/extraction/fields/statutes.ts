/**
 * statutes_cited: the laws the demand relies on. A statute cited only as the basis of the
 * recipient's own challenge ("petitioned ... under 18 U.S.C. § 3511") is not the demand's.
 */
import type { Field } from '../types.js'
import { extractCitations, type FoundCitation } from './citations.js'
import { uni } from './uni.js'

const CHALLENGE = uni(/\b(?:petition\w*|moved to|motion to|set (?:it )?aside|challeng\w*|filed|sued|lawsuit|complaint|appeal\w*)\b[^\n\r[]*$/i)

function challengedOnly(text: string, c: FoundCitation): boolean {
  const left = text.slice(Math.max(0, c.evidence.start - 200), c.evidence.start)
  const cut = Math.max(left.search(/[^\n\r[]*$/), 0)
  // Only the citation's own sentence: "... petition, filed May 2. Service requires leave under § 7609(f)".
  const line = left.slice(cut)
  const sentence = line.slice(Math.max(0, line.search(/[.;]\s+(?=\p{Lu})(?:(?![.;]\s+\p{Lu})[^])*$/u) + 1))
  return CHALLENGE.test(sentence)
}

/** "IN Information Technology Act 2000 s. 69A" -> "... Act, 2000 ..." where the document writes the year after a comma. */
const ACT_YEAR = /^([A-Z]{2} .*?\b(\p{L}+ (?:Act|Sanhita|Rules|Code|Ordinance|Regulations))) ((?:18|19|20)\d{2})\b/u

/** Foreign law is written as cited: with the comma before the year when the document puts one there. */
function asCited(text: string, citation: string): string {
  const m = ACT_YEAR.exec(citation)
  if (!m) return citation
  const tail = (m[2] as string).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')
  // A code the document only abbreviates ("Section 94 BNSS") follows the style of the Acts it names in full.
  const commaStyle = citation.startsWith('IN ') && /\b(?:Act|Sanhita|Rules|Code),\s*(?:18|19|20)\d{2}\b/.test(text)
  if (!commaStyle && !new RegExp(`${tail},\\s*${m[3]}`, 'u').test(text)) return citation
  return `${m[1]}, ${m[3]}${citation.slice(m[0].length)}`
}

export function extractStatutes(text: string, country: string | null): Field<string[]> {
  const found = extractCitations(text, { country }).filter((c) => !challengedOnly(text, c))
  const value = [...new Set(found.map((c) => asCited(text, c.text)))]
  return { value, confidence: value.length === 0 ? 0.5 : 0.85, evidence: found.map((c) => c.evidence) }
}
