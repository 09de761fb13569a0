/**
 * extractCitations: every statute or rule a document cites, normalized, with where it was read.
 * The U.S. Code and CFR go through the `citation` package; everything else through our own
 * patterns (Federal Rules, state codes, Russian, Brazilian, Turkish, German, French, Spanish,
 * Chinese, common-law and EU law).
 */
import type { FoundCitation } from './citation-types.js'
import { findIntlCitations } from './intl-citations.js'
import { findPlainEnglishCitations } from './plain-english-citations.js'
import { findRuCitations } from './ru-citations.js'
import { findUsCitations } from './us-citations.js'

export type { FoundCitation } from './citation-types.js'

export type CitationOptions = {
  /** The document's jurisdiction, when known: decides the country prefix of codes shared by several countries. */
  country?: string | null
}

/** Citations in order of first appearance, one per key (the first spelling with the most subsections wins). */
export function extractCitations(text: string, opts: CitationOptions = {}): FoundCitation[] {
  const all = [...findUsCitations(text), ...findRuCitations(text), ...findIntlCitations(text, opts.country ?? null), ...findPlainEnglishCitations(text, opts.country ?? null)]
  all.sort((a, b) => a.evidence.start - b.evidence.start)
  const byText = new Map<string, FoundCitation>()
  for (const c of all) if (!byText.has(c.text)) byText.set(c.text, c)
  const list = [...byText.values()]
  // "18 U.S.C. 2703" adds nothing beside "18 U.S.C. 2703(d)", nor "EU Regulation 2022/2065" beside one of its articles.
  return list.filter((c) => !list.some((o) => o !== c && o.text.length > c.text.length && (o.key === c.key || o.key.startsWith(`${c.key} art.`)) && o.text.startsWith(c.text)))
}
