/**
 * The letter renderer: a letter's plain text, read into blocks once, printed as DOCX and as PDF.
 * Implements the LetterRenderer port of src/app/letters.
 */
import type { LetterRenderer } from '../../app/letters/ports.js'
import { textToBlocks } from '../../core/letters/index.js'
import { renderLetterDocx } from './render-docx.js'
import { renderLetterPdf } from './render-pdf.js'

export { renderLetterDocx } from './render-docx.js'
export { renderLetterPdf } from './render-pdf.js'

export const letterRenderer: LetterRenderer = {
  async render(text, meta) {
    const blocks = textToBlocks(text)
    const [docx, pdf] = await Promise.all([renderLetterDocx(blocks, meta), renderLetterPdf(blocks, meta)])
    return { docx, pdf }
  },
}
