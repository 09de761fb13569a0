/**
 * What data a demand asks for, as the corpus categories. Phrases are matched everywhere except
 * where the document excludes them ("not to include message content"), where they describe the
 * sender ("contact me at telephone number ..."), and inside template placeholders. Documents that
 * ask for content to be removed rather than data to be handed over request no categories.
 */
import { DATA_CATEGORIES, type DataCategory, type InstrumentType } from '../../core/demand/index.js'
import type { Field, Span } from '../types.js'
import { CATEGORY_CUES } from './category-cues.js'
import { findCues, negatedBefore, type CueHit } from './cues.js'
import { DATA_REQUEST_CUES } from './instrument.js'
import { uni } from './uni.js'

const EXCLUSION = uni(
  /(?:not to include|not including|but not|and not|\bnot (?:the|any)\b|excluding|exclude|except(?:ing)?|other than|without|does not (?:seek|request|include|require|call for|cover|ask for)|do not (?:seek|request|include|require|produce|provide|call for)|no longer (?:sought|seeks|requests?)|not (?:seeking|requesting)|não (?:incluir|inclui)|excluindo|excluyendo|salvo|sauf|à l'exclusion|ausgenommen|ohne|кроме|за исключением|не включая|не требуется|不包括|除外)[^.;]*$/i,
)

/** The sender's own details ("contact me at ..."), not data asked for. */
const SENDER_CONTEXT = uni(/(?:contact (?:me|us|the undersigned|special agent|agent|detective|officer)|call me|reach me|can be reached|questions|my (?:telephone|phone|e-?mail|direct)|our (?:telephone|phone|e-?mail)|\b(?:tel|fax|phone)\s*[.:]|please (?:contact|call|e-?mail)|via fax|by fax)[^.\n\r]*$/i)

/** "source and destination e-mail addresses" are message headers (metadata), not the user's contact details. */
const HEADER_CONTEXT = uni(/(?:source and destination|to and from|from and to|sender and recipient|header)[^.;\n\r]{0,20}$/i)

/** Itemization right after "all records regarding ...": the items are what is asked for. */
const ITEMIZED = uni(/^[^.;]{0,160}?(?:\bto include\b|\bincluding\b|\bincludes\b|\bsuch as\b|\bnamely\b|\bspecifically\b|\bas follows\b|:)/i)

/** A phone number or address that describes the target ("currently assigned mobile telephone number ..."), not data asked for. */
const GEO_SCOPE = uni(/\b(?:block\w*|restrict\w*|visitors|users|access)\b[^.\n]{0,50}\bfrom\s+(?:the\s+)?(?:China|Russia|Turkey|India|[A-Z][a-z]+)['’]s?\s*$|\bfrom\s+(?:China|Russia|Turkey|India)\s*$/i)
const TARGET_DESCRIPTION = uni(/\b(?:assigned|identified by|bearing|targeted|registered to|associated with the target|registered with)\s+(?:\w+\s+){0,2}$/i)

/** A labelled field of a letterhead or signature ("Address: ...", "Tel.: ..."): the sender's details. */
const FIELD_LABEL = uni(/^[ \t]*(?:address|tel\w*|phone|fax|e-?mail|адрес|dirección|endereço|adresse|anschrift|telefon\w*)\s*[.:]/i)

/**
 * Template placeholders ("[account identifier(s) (e.g., name@email.com ...)]", "Insert cell
 * number.") are blanked out (same length, so offsets hold) before matching.
 */
export function maskPlaceholders(text: string): string {
  return text
    .replace(/\[[^\]\n]{0,200}(?:e\.g\.|\(s\)|insert|placeholder|xxx)[^\]\n]{0,200}\]/gi, (m) => ' '.repeat(m.length))
    .replace(/\bInsert [^.\n]{1,80}\./g, (m) => ' '.repeat(m.length))
}

function keep(text: string, hit: CueHit, category: DataCategory): boolean {
  const start = hit.span.start
  if (negatedBefore(text, start, EXCLUSION, 80)) return false
  if (category === 'ip_logs' && TARGET_DESCRIPTION.test(text.slice(Math.max(0, start - 60), start))) return false
  // "block the access of users from China's IP address": where the block applies, not data asked for.
  if (category === 'ip_logs' && GEO_SCOPE.test(text.slice(Math.max(0, start - 80), start))) return false
  if (category === 'contact') {
    const left = text.slice(Math.max(0, start - 80), start)
    if (SENDER_CONTEXT.test(left) || HEADER_CONTEXT.test(left) || TARGET_DESCRIPTION.test(left)) return false
    const window = text.slice(Math.max(0, start - 200), start)
    const lineStart = start - window.length + Math.max(window.lastIndexOf('\n'), window.lastIndexOf('\r')) + 1
    if (FIELD_LABEL.test(text.slice(lineStart, start + 20))) return false
  }
  // "IP address login history" is IP logs, not a separate record of logins.
  if (category === 'non_content_metadata' && /\blogin\b/i.test(hit.span.text) && /\bIP(?: address(?:es)?)?\s*$/i.test(text.slice(Math.max(0, start - 15), start))) return false
  if (hit.cue.name === 'all-records') {
    if (ITEMIZED.test(text.slice(hit.span.end, hit.span.end + 200))) return false
  }
  return true
}

export function extractCategories(text: string, instrument: InstrumentType, removal: boolean): Field<DataCategory[]> {
  const masked = maskPlaceholders(text)
  const evidence: Span[] = []
  const found = new Set<DataCategory>()
  let weight = 0
  for (const category of DATA_CATEGORIES) {
    const hits = findCues(masked, CATEGORY_CUES[category]).filter((h) => keep(masked, h, category))
    if (hits.length === 0) continue
    found.add(category)
    weight += hits.length
    for (const h of hits.slice(0, 2)) evidence.push({ start: h.span.start, end: h.span.end, text: text.slice(h.span.start, h.span.end) })
  }
  if (instrument === 'pen_register_order') found.add('non_content_metadata')
  if (instrument === 'takedown_demand' || (removal && findCues(masked, DATA_REQUEST_CUES).length === 0)) {
    return { value: [], confidence: 0.7, evidence: [] }
  }
  const value = DATA_CATEGORIES.filter((c) => found.has(c))
  const confidence = value.length === 0 ? 0.4 : Math.min(0.9, 0.5 + weight * 0.04)
  return { value, confidence, evidence: evidence.sort((a, b) => a.start - b.start) }
}
