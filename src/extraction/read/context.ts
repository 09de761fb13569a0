/** What every reader is given: the limits, the shared deadline, and how deep in a message it is. */
import type { ReadLimits } from '../limits.js'

export type ReadContext = {
  limits: ReadLimits
  /** Epoch milliseconds by which the whole document must be read. */
  deadline: number
  ocr: boolean
  depth: number
}

export function remainingMs(ctx: ReadContext): number {
  return Math.max(0, ctx.deadline - Date.now())
}

/** What a reader returns before the orchestrator adds format, parts and bookkeeping. */
export type ReaderOutput = {
  text: string
  pages?: number
  ocr: boolean
  ocr_confidence?: number
  /** The tesseract language set OCR used ('eng', 'eng+deu'...), when OCR ran. */
  ocr_language?: string
  warnings: string[]
}
