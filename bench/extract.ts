/**
 * Extraction benchmark: `npm run bench:extract -- CORPUS_DIR [--verbose]`.
 * Scores the extractor on a labelled corpus exactly as the corpus FORMAT.md says (a table of
 * field scores), then measures throughput (text documents/s, text-PDF pages/s, OCR pages/s) and
 * peak memory. The last line is always `extraction score: 0.NNN`.
 */
import path from 'node:path'
import { CORPUS_FIELDS } from '../src/extraction/corpus-json.js'
import { runCorpus, type CorpusRun } from '../src/extraction/corpus.js'
import { readDocument, shutdownReaders } from '../src/extraction/index.js'
import { scoreCorpus } from '../src/extraction/scoring.js'
import { tenPagePdf } from './support/ten-page-pdf.js'

const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const dir = path.resolve(args.find((a) => !a.startsWith('--')) ?? 'fixtures/demands')

let peakRss = 0
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss)
}, 25)

async function syntheticScanPng(): Promise<Uint8Array> {
  const { createCanvas } = await import('@napi-rs/canvas')
  const canvas = createCanvas(1700, 2200)
  const g = canvas.getContext('2d')
  g.fillStyle = '#fff'
  g.fillRect(0, 0, 1700, 2200)
  g.fillStyle = '#000'
  g.font = '34px sans-serif'
  for (let l = 0; l < 30; l++) g.fillText(`Line ${l + 1}: produce all records for the account @example_target by March 13, 2017.`, 90, 150 + l * 64)
  return new Uint8Array(canvas.toBuffer('image/png'))
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)] ?? 0
}

function fmt(n: number, digits = 3): string {
  return n.toFixed(digits)
}

async function main(): Promise<void> {
  const runs: CorpusRun[] = await runCorpus(dir)
  const result = scoreCorpus(runs.map((r) => ({ label: r.label, prediction: r.prediction })))

  console.log(`corpus: ${dir} (${runs.length} documents)`)
  for (const r of runs.filter((x) => x.error)) console.log(`  unreadable ${r.label.id}: ${r.error?.code} ${r.error?.message}`)
  if (verbose) {
    for (const d of result.documents) {
      const misses = Object.entries(d.fields).filter(([, s]) => (s as number) < 1)
      if (misses.length === 0) continue
      const run = runs.find((r) => r.label.id === d.id)
      console.log(`  ${d.id}:`)
      for (const [field, s] of misses) {
        const f = field as (typeof CORPUS_FIELDS)[number]
        console.log(`    ${field} ${fmt(s as number, 2)}  got ${JSON.stringify(run?.prediction?.[f] ?? null)}  want ${JSON.stringify(run?.label[f] ?? null)}`)
      }
    }
  }
  console.log('')
  console.log('field                       score   docs')
  for (const f of CORPUS_FIELDS) {
    const field = result.fields[f]
    console.log(`${f.padEnd(27)} ${field.score === null ? '  -  ' : fmt(field.score)}  ${String(field.documents).padStart(5)}`)
  }
  console.log('')

  // Throughput, by input kind. The first pass above pays for loading and compiling everything;
  // a second pass over the corpus measures the steady state a running server sees.
  const again: CorpusRun[] = await runCorpus(dir)
  const rate = (items: number, ms: number): string => fmt((items / Math.max(ms, 1)) * 1000, 2)
  const text = again.filter((r) => r.document && !r.document.ocr && r.document.format !== 'pdf')
  if (text.length > 0) {
    const coldMs = runs.filter((r) => text.some((t) => t.label.id === r.label.id)).reduce((a, r) => a + r.ms, 0)
    console.log(`text documents/s: ${rate(text.length, text.reduce((a, r) => a + r.ms, 0))} (first pass, cold: ${rate(text.length, coldMs)}; ${text.length} docs)`)
  }
  const pdfRuns = again.filter((r) => r.document?.format === 'pdf' && !r.document.ocr)
  if (pdfRuns.length > 0) {
    const pages = pdfRuns.reduce((a, r) => a + (r.document?.pages ?? 0), 0)
    console.log(`PDF pages/s (corpus text PDFs): ${rate(pages, pdfRuns.reduce((a, r) => a + r.ms, 0))} (${pdfRuns.length} PDFs, ${pages} pages)`)
  }
  const ocrRuns = again.filter((r) => r.document?.ocr)
  if (ocrRuns.length > 0) {
    const pages = ocrRuns.reduce((a, r) => a + (r.document?.pages ?? 1), 0)
    console.log(`OCR pages/s (corpus scans): ${rate(pages, ocrRuns.reduce((a, r) => a + r.ms, 0))} (${ocrRuns.length} docs, ${pages} pages)`)
  }

  // A fixed 10-page text PDF, so the figure compares across corpora and machines.
  const pdf = await tenPagePdf()
  const times: number[] = []
  for (let i = 0; i < 8; i++) {
    const t = performance.now()
    const read = await readDocument(pdf)
    times.push(performance.now() - t)
    if (!read.ok) throw new Error(`synthetic PDF unreadable: ${read.error.message}`)
  }
  const warm = times.slice(1)
  console.log(`10-page text PDF read: first ${fmt(times[0] ?? 0, 0)} ms, then median ${fmt(median(warm), 0)} ms, best ${fmt(Math.min(...warm), 0)} ms (${fmt(10000 / median(warm), 0)} pages/s)`)
  if (!args.includes('--no-ocr')) {
    const png = await syntheticScanPng()
    const t = performance.now()
    const read = await readDocument(png)
    const ms = performance.now() - t
    console.log(`OCR pages/s (synthetic 30-line page): ${read.ok ? fmt(1000 / ms, 2) : `failed: ${read.error.message}`}`)
  }
  clearInterval(sampler)
  peakRss = Math.max(peakRss, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024)
  console.log(`peak memory (RSS, process incl. workers): ${fmt(peakRss / 1024 / 1024, 0)} MB`)
  await shutdownReaders()
  console.log(`extraction score: ${fmt(result.score)}`)
}

main().catch((error: unknown) => {
  clearInterval(sampler)
  console.error(error)
  process.exitCode = 1
})
