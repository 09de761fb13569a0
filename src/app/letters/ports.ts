/**
 * What the letter use cases need beyond the demand store: a renderer that prints a letter's
 * plain text as DOCX and PDF. src/documents/letters implements it.
 */
import type { LetterPrintMeta } from '../../core/letters/index.js'

export type RenderedLetter = { docx: Uint8Array; pdf: Uint8Array }

export interface LetterRenderer {
  render(text: string, meta: LetterPrintMeta): Promise<RenderedLetter>
}
