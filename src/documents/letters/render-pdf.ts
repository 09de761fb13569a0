/**
 * A letter as PDF, with pdf-lib and its standard fonts (Helvetica): words wrapped to the margins,
 * numbered points and lists with hanging indents, a new page whenever the text reaches the
 * footer, and "Page X of Y" on every page. The standard fonts carry only the Windows-1252
 * characters; anything else is printed as its nearest plain letter, or "?", so a letter never
 * fails to render (the DOCX and the stored text keep the original characters).
 */
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage, rgb } from 'pdf-lib'
import type { LetterBlock, LetterPrintMeta } from '../../core/letters/index.js'

const PAGE_SIZES = { letter: [612, 792], a4: [595.28, 841.89] } as const
const MARGIN = 72
const FOOTER_Y = 36
const BODY = { size: 11, leading: 15 }
const LETTERHEAD = { size: 14, leading: 18 }
const INDENT = 22
const BLOCK_GAP = 10
/** Blocks this short (an address, a signature) move whole to the next page rather than split. */
const KEEP_TOGETHER_LINES = 6

type Line = { text: string; x: number; font: PDFFont; size: number; leading: number }

export async function renderLetterPdf(
  blocks: readonly LetterBlock[],
  meta: LetterPrintMeta,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false })
  const created = new Date(meta.created_at)
  pdf.setTitle(meta.title)
  pdf.setAuthor(meta.author)
  pdf.setSubject(meta.footer)
  pdf.setCreator('Custodian')
  pdf.setProducer('Custodian')
  pdf.setCreationDate(created)
  pdf.setModificationDate(created)

  const regular = await pdf.embedFont(StandardFonts.Helvetica)
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
  const printable = new Set(regular.getCharacterSet())
  const clean = (text: string) => printableText(text, printable)
  const [width, height] = PAGE_SIZES[meta.page_size]
  const textWidth = width - 2 * MARGIN

  let page = pdf.addPage([width, height])
  let y = height - MARGIN
  const newPage = () => {
    page = pdf.addPage([width, height])
    y = height - MARGIN
  }

  for (const block of blocks) {
    const lines = layoutBlock(block, { regular, bold, textWidth, clean })
    const blockHeight = lines.reduce((h, l) => h + l.leading, 0)
    if (lines.length <= KEEP_TOGETHER_LINES && y - blockHeight < MARGIN && y < height - MARGIN) newPage()
    for (const line of lines) {
      if (y - line.leading < MARGIN) newPage()
      y -= line.leading
      if (line.text)
        page.drawText(line.text, { x: line.x, y, size: line.size, font: line.font, color: rgb(0, 0, 0) })
    }
    y -= BLOCK_GAP
  }

  const pages = pdf.getPages()
  pages.forEach((p: PDFPage, i) => {
    const footer = clean(`${meta.footer} - Page ${i + 1} of ${pages.length}`)
    const size = 8
    p.drawText(footer, {
      x: (width - regular.widthOfTextAtSize(footer, size)) / 2,
      y: FOOTER_Y,
      size,
      font: regular,
      color: rgb(0.3, 0.3, 0.3),
    })
  })
  return pdf.save()
}

function layoutBlock(
  block: LetterBlock,
  f: { regular: PDFFont; bold: PDFFont; textWidth: number; clean: (t: string) => string },
): Line[] {
  const body = (font: PDFFont, x: number, width: number, lines: readonly string[], style = BODY): Line[] =>
    lines.flatMap((raw) =>
      wrap(f.clean(raw), font, style.size, width).map((text) => ({
        text,
        x,
        font,
        size: style.size,
        leading: style.leading,
      })),
    )

  switch (block.type) {
    case 'letterhead':
      return body(f.bold, MARGIN, f.textWidth, block.lines, LETTERHEAD)
    case 'subject':
      return body(f.bold, MARGIN, f.textWidth, block.lines)
    case 'paragraph':
      return body(f.regular, MARGIN, f.textWidth, block.lines)
    case 'numbered':
      return withMarker(
        body(f.regular, MARGIN + INDENT, f.textWidth - INDENT, block.lines),
        f.clean(block.label),
        MARGIN,
      )
    case 'list':
      return block.items.flatMap((item) =>
        withMarker(
          body(f.regular, MARGIN + 2 * INDENT, f.textWidth - 2 * INDENT, [item]),
          '\u2022',
          MARGIN + INDENT,
        ),
      )
  }
}

/** Prints a point's number or a bullet on the baseline of its first line, in the hanging indent. */
function withMarker(lines: Line[], marker: string, x: number): Line[] {
  const [first, ...rest] = lines
  if (!first) return []
  // The marker is drawn first, so text extracted from the PDF reads "1. The summons..."; the
  // line after it has no leading, so it lands on the same baseline, beside the marker.
  return [{ ...first, text: marker, x }, { ...first, leading: 0 }, ...rest]
}

/** Splits text into lines that fit `width`; a word longer than a line is cut where it must be. */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const words = text.split(/ +/).filter((w) => w.length > 0)
  if (words.length === 0) return ['']
  const fits = (t: string) => font.widthOfTextAtSize(t, size) <= width
  const lines: string[] = []
  let current = ''
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word
    if (fits(candidate)) {
      current = candidate
      continue
    }
    if (current) lines.push(current)
    current = word
    while (!fits(current)) {
      let cut = current.length - 1
      while (cut > 1 && !fits(current.slice(0, cut))) cut--
      lines.push(current.slice(0, cut))
      current = current.slice(cut)
    }
  }
  lines.push(current)
  return lines
}

const REPLACEMENTS: Readonly<Record<string, string>> = {
  '\u00a0': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2009': ' ',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2212': '-',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2192': '->',
  // Letters that carry no accent to strip, so NFKD leaves them whole.
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  ı: 'i',
}

/** Text the standard fonts can print: unsupported characters become their base letter, or "?". */
export function printableText(text: string, printable: ReadonlySet<number>): string {
  let out = ''
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0
    if (printable.has(code)) out += ch
    else if (REPLACEMENTS[ch] !== undefined) out += REPLACEMENTS[ch]
    else {
      const base = ch.normalize('NFKD').replace(/\p{M}/gu, '')
      out += base && [...base].every((c) => printable.has(c.codePointAt(0) ?? 0)) ? base : '?'
    }
  }
  return out
}
