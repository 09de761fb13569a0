/** A statute or rule found in the text, with its normalized form and the key it is compared by. */
import type { Span } from '../types.js'

export type FoundCitation = {
  /** Normalized as the corpus writes it: `18 U.S.C. 2703(d)`, `19 CFR 163.9`, `RU Federal Law No. 149-FZ art. 15.1`. */
  text: string
  /** Code + section without subsections, to merge repeats (`18 U.S.C. 2703`). */
  key: string
  evidence: Span
}

/**
 * The part of a normalized citation that identifies it: title, code and section. Subsections
 * ("(d)", "§1º" after an article), dates of laws and parenthesised names are dropped.
 */
export function citationKey(normalized: string): string {
  let k = normalized.toLowerCase().trim()
  k = k.replace(/\s+of\s+\d{1,2}\.\d{1,2}\.\d{4}/g, '')
  k = k.replace(/\s*\([^)]*\p{L}{3,}[^)]*\)/gu, '')
  k = k.replace(/\s?\(\s?[\p{L}\p{N}]{1,4}\s?\)/gu, '')
  const art = k.search(/\bart\.|\barticle\b/)
  if (art >= 0) k = k.slice(0, art) + k.slice(art).replace(/\s*(?:§|para\.?|par\.|¶)\s*\d+\s*[º°]?/g, '')
  k = k.replace(/[º°]/g, '').replace(/\s+/g, ' ').replace(/[.\s]+$/, '')
  return k
}

/**
 * One citation form: a pattern and how to write what it matched in the corpus's form. `country` is
 * the document's own (two letters) when known; `commonLaw` rules are never applied to U.S. documents.
 */
export type CitationRule = { re: RegExp; build: (m: RegExpExecArray, country: string | null, text: string) => string[]; commonLaw?: true }
