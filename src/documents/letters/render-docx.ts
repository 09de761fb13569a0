/**
 * A letter as a Word document (DOCX), with the `docx` package: the letterhead, numbered points
 * and lists with hanging indents, and a footer with our reference and "Page X of Y" that Word
 * keeps right after any edit. Staff may open it in Word and send it from there.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
  type ParagraphChild,
} from 'docx'
import type { LetterBlock, LetterPrintMeta } from '../../core/letters/index.js'

const FONT = 'Arial'
/** Sizes in half-points, distances in twentieths of a point (Word's units). */
const BODY_SIZE = 22
const HANGING = 454
const PAGE_SIZES = { letter: { width: 12240, height: 15840 }, a4: { width: 11906, height: 16838 } } as const
const MARGIN = 1440

export async function renderLetterDocx(
  blocks: readonly LetterBlock[],
  meta: LetterPrintMeta,
): Promise<Uint8Array> {
  const doc = new Document({
    title: meta.title,
    creator: meta.author,
    lastModifiedBy: meta.author,
    description: meta.footer,
    styles: { default: { document: { run: { font: FONT, size: BODY_SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: PAGE_SIZES[meta.page_size],
            margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN, footer: 708 },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    size: 16,
                    children: [`${meta.footer} - Page `, PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children: blocks.flatMap(toParagraphs),
      },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(doc))
}

function toParagraphs(block: LetterBlock): Paragraph[] {
  const after = { after: 200 }
  switch (block.type) {
    case 'letterhead':
      return [
        new Paragraph({ spacing: { after: 360 }, children: lines(block.lines, { bold: true, size: 28 }) }),
      ]
    case 'subject':
      return [new Paragraph({ spacing: after, children: lines(block.lines, { bold: true }) })]
    case 'paragraph':
      return [new Paragraph({ spacing: after, children: lines(block.lines) })]
    case 'numbered':
      return [
        new Paragraph({
          spacing: after,
          indent: { left: HANGING, hanging: HANGING },
          tabStops: [{ type: TabStopType.LEFT, position: HANGING }],
          children: [new TextRun(`${block.label}\t`), ...lines(block.lines)],
        }),
      ]
    case 'list':
      return block.items.map(
        (item, i) =>
          new Paragraph({
            spacing: { after: i === block.items.length - 1 ? 200 : 60 },
            indent: { left: HANGING * 2, hanging: HANGING },
            tabStops: [{ type: TabStopType.LEFT, position: HANGING * 2 }],
            children: [new TextRun(`\u2022\t${item}`)],
          }),
      )
  }
}

/** The block's lines as runs, keeping the line breaks staff typed (address and signature blocks). */
function lines(text: readonly string[], style: { bold?: boolean; size?: number } = {}): ParagraphChild[] {
  return text.map((line, i) => new TextRun({ text: line, ...style, ...(i > 0 ? { break: 1 } : {}) }))
}
