/**
 * The letters Custodian drafts to an issuer: objection, narrowing, clarification and rejection.
 * A letter is composed as structure (addressee, subject, numbered points with their citations,
 * categories, closing, signature), then written out as plain text. The plain text is what staff
 * edit and what the renderers print, so a composed draft and an edited version go through one
 * path to DOCX and PDF.
 */
import type { DataCategory } from '../demand/index.js'

export const LETTER_KINDS = ['objection', 'narrowing', 'clarification', 'rejection'] as const
export type LetterKind = (typeof LETTER_KINDS)[number]

export const LETTER_KIND_LABELS: Record<LetterKind, string> = {
  objection: 'Objection letter',
  narrowing: 'Narrowing letter',
  clarification: 'Request for clarification',
  rejection: 'Rejection letter',
}

export function isLetterKind(value: unknown): value is LetterKind {
  return typeof value === 'string' && (LETTER_KINDS as readonly string[]).includes(value)
}

/** One numbered paragraph: what is wrong, the law it rests on, and what we ask. */
export type LetterPoint = {
  number: number
  /** The findings this paragraph answers (several when they make the same point). */
  rule_ids: string[]
  /** The rule's title, for lists on screen; the printed point opens with the statement. */
  heading: string
  /** What is wrong, from the finding's explanation. */
  statement: string
  citations: string[]
  ask: string
}

export type LetterCategory = { category: DataCategory; label: string }

export type Letter = {
  kind: LetterKind
  /** Calendar date of the letter, `YYYY-MM-DD`, and as printed ("March 14, 2017"). */
  date: string
  date_text: string
  organisation: string
  /** Our reference (the demand's CUS- number). */
  our_reference: string
  /** The issuer's reference as printed on the demand, if any. */
  their_reference: string | null
  /** Name, office, authority: the lines of the address block. */
  addressee: string[]
  subject: string
  salutation: string
  opening: string[]
  points: LetterPoint[]
  /** Narrowing letters only: what may be produced and what will not be. */
  categories: { producible: LetterCategory[]; withheld: LetterCategory[] } | null
  closing: string[]
  signature: { valediction: string; lines: string[] }
  /** Every finding the letter rests on, in the order of its points. */
  finding_ids: string[]
}
