/** A fixed 10-page text PDF (45 lines a page), so read times compare across runs and machines. */
import { PDFDocument, StandardFonts } from 'pdf-lib'

export async function tenPagePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  const font = await doc.embedFont(StandardFonts.Helvetica)
  for (let p = 0; p < 10; p++) {
    const page = doc.addPage([612, 792])
    for (let l = 0; l < 45; l++) {
      page.drawText(`Page ${p + 1}, line ${l + 1}: records of the account @example_target under 18 U.S.C. 2703(d).`, { x: 48, y: 740 - l * 15, size: 10, font })
    }
  }
  return doc.save()
}
