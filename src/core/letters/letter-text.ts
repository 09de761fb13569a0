/**
 * A letter as plain text, and plain text as blocks to print. The text is what staff edit before
 * sending, so its conventions are few and visible: paragraphs are separated by a blank line, a
 * line break inside a paragraph is kept (address and signature blocks), a paragraph that starts
 * with "1." is a numbered point, lines that start with "- " are a list, a paragraph that starts
 * with "Re:" is the subject, and the first paragraph is the letterhead.
 */
import type { Letter } from './letter.js'
import { NO_POINTS } from './phrases.js'

export type LetterBlock =
  | { type: 'letterhead'; lines: string[] }
  | { type: 'subject'; lines: string[] }
  | { type: 'paragraph'; lines: string[] }
  | { type: 'numbered'; label: string; lines: string[] }
  | { type: 'list'; items: string[] }

/** What a printed letter carries besides its text: document properties and the running footer. */
export type LetterPrintMeta = {
  title: string
  /** Printed at the foot of every page, before the page number (our reference). */
  footer: string
  author: string
  /** Instant the version was drafted: the documents' creation date, so a render can be reproduced. */
  created_at: string
  page_size: 'letter' | 'a4'
}

export function letterToText(letter: Letter): string {
  const blocks: string[] = [
    letter.organisation,
    letter.date_text,
    letter.addressee.join('\n'),
    letter.subject,
    letter.salutation,
  ]
  blocks.push(...letter.opening)
  if (letter.points.length === 0) blocks.push(NO_POINTS)
  for (const p of letter.points) {
    blocks.push(
      `${p.number}. ${p.statement} Authority: ${p.citations.join('; ')}${endsSentence(p.citations.at(-1))} ${p.ask}`,
    )
  }
  if (letter.categories) {
    const { producible, withheld } = letter.categories
    if (producible.length > 0) {
      blocks.push(
        'We are prepared to produce only the following categories of data, and only for the accounts named in the demand:',
      )
      blocks.push(producible.map((c) => `- ${c.label}`).join('\n'))
    } else {
      blocks.push('We are not prepared to produce any of the categories of data requested.')
    }
    if (withheld.length > 0) {
      blocks.push('We will not produce:')
      blocks.push(withheld.map((c) => `- ${c.label}`).join('\n'))
    }
  }
  blocks.push(...letter.closing, letter.signature.valediction, letter.signature.lines.join('\n'))
  return `${blocks.join('\n\n')}\n`
}

function endsSentence(text: string | undefined): string {
  return text && /[.!?]$/.test(text) ? '' : '.'
}

const LIST_ITEM = /^[-•*]\s+/
const NUMBERED = /^(\d{1,3}[.)])\s+(.*)$/

/** Plain text to the blocks the renderers print. Total: any text gives blocks, none is refused. */
export function textToBlocks(text: string): LetterBlock[] {
  const chunks = text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, '    ')
    .split(/\n[ \t]*\n/)
    .map((chunk) => chunk.split('\n').map((line) => line.trimEnd()))
    .map((lines) => trimEmpty(lines))
    .filter((lines) => lines.length > 0)

  return chunks.map((lines, index): LetterBlock => {
    if (index === 0) return { type: 'letterhead', lines }
    const first = lines[0] ?? ''
    if (/^re:/i.test(first)) return { type: 'subject', lines }
    if (lines.every((l) => LIST_ITEM.test(l)))
      return { type: 'list', items: lines.map((l) => l.replace(LIST_ITEM, '')) }
    const numbered = NUMBERED.exec(first)
    if (numbered)
      return { type: 'numbered', label: numbered[1] ?? '', lines: [numbered[2] ?? '', ...lines.slice(1)] }
    return { type: 'paragraph', lines }
  })
}

function trimEmpty(lines: string[]): string[] {
  let start = 0
  let end = lines.length
  while (start < end && !lines[start]?.trim()) start++
  while (end > start && !lines[end - 1]?.trim()) end--
  return lines.slice(start, end)
}
