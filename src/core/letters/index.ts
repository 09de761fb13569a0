/** Facade of the letters to issuers: their vocabulary, the composer, and the plain-text form staff edit. */
export * from './letter.js'
export { composeLetter, longDate, type LetterInput } from './compose-letter.js'
export { letterToText, textToBlocks, type LetterBlock, type LetterPrintMeta } from './letter-text.js'
