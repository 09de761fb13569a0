/**
 * Loading a labelled corpus (FORMAT.md layout: labels.json + documents) and running the extractor
 * over it. Shared by the benchmark and the golden tests so both score the same way.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { extractDocument } from './extract-document.js'
import { toCorpusJson } from './corpus-json.js'
import type { ExtractionError } from './errors.js'
import type { Label, Prediction } from './scoring.js'
import type { ReadDocument } from './types.js'

export type CorpusRun = {
  label: Label
  prediction: Prediction | null
  error: ExtractionError | null
  document: Pick<ReadDocument, 'format' | 'pages' | 'ocr'> | null
  ms: number
}

export async function loadLabels(dir: string): Promise<Label[]> {
  const raw = await readFile(path.join(dir, 'labels.json'), 'utf8')
  const labels = JSON.parse(raw) as Label[]
  if (!Array.isArray(labels)) throw new Error(`${dir}/labels.json is not an array`)
  return labels
}

export async function runCorpus(dir: string, onEach?: (run: CorpusRun) => void): Promise<CorpusRun[]> {
  const labels = await loadLabels(dir)
  const runs: CorpusRun[] = []
  for (const label of labels) {
    const bytes = new Uint8Array(await readFile(path.join(dir, label.file)))
    const started = performance.now()
    const result = await extractDocument(bytes)
    const ms = performance.now() - started
    const run: CorpusRun = result.ok
      ? {
          label,
          prediction: toCorpusJson(result.value.fields) as Prediction,
          error: null,
          document: { format: result.value.document.format, pages: result.value.document.pages, ocr: result.value.document.ocr },
          ms,
        }
      : { label, prediction: null, error: result.error, document: null, ms }
    runs.push(run)
    onEach?.(run)
  }
  return runs
}
