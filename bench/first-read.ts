/**
 * First-read benchmark: `npm run bench:first-read`. How long the first 10-page text PDF takes to
 * read, against the 300 ms goal, in one run:
 *   1. cold: the first read in a fresh process (the parser worker starts and loads pdf.js);
 *   2. warmed: the first read after warmReaders(), as on a running server, which warms at start;
 *   3. steady: the median of the reads after that.
 * Each figure is printed with its ratio to the goal (below 1.00 meets it).
 */
import { readDocument, shutdownReaders, warmReaders } from '../src/extraction/index.js'
import { shutdownParserHost } from '../src/extraction/read/parser-host.js'
import { tenPagePdf } from './support/ten-page-pdf.js'

const GOAL_MS = 300

async function timedRead(pdf: Uint8Array): Promise<number> {
  const started = performance.now()
  const read = await readDocument(pdf)
  const ms = performance.now() - started
  if (!read.ok) throw new Error(`the benchmark PDF could not be read: ${read.error.message}`)
  if (read.value.pages !== 10) throw new Error(`expected 10 pages, read ${read.value.pages}`)
  return ms
}

const line = (label: string, ms: number) =>
  console.log(`${label.padEnd(44)} ${ms.toFixed(0).padStart(5)} ms   ${(ms / GOAL_MS).toFixed(2)}x the ${GOAL_MS} ms goal`)

const pdf = await tenPagePdf()
line('first read, cold process', await timedRead(pdf))

await shutdownParserHost()
const warmStarted = performance.now()
const warmed = await warmReaders()
const warmMs = performance.now() - warmStarted
if (!warmed) throw new Error('warmReaders() could not load the parsers')
console.log(`${'warm-up (server start, in the background)'.padEnd(44)} ${warmMs.toFixed(0).padStart(5)} ms`)
line('first read after warm-up (running server)', await timedRead(pdf))

const steady: number[] = []
for (let i = 0; i < 7; i++) steady.push(await timedRead(pdf))
steady.sort((a, b) => a - b)
line('steady state, median of 7', steady[3] ?? 0)
await shutdownReaders()
