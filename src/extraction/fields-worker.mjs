// Field reader worker: runs extractFields (many patterns over untrusted text) off the main thread,
// so that a text that makes a pattern backtrack for minutes can be stopped (Worker.terminate)
// without freezing the server. extractFields is TypeScript, so this worker registers tsx's loader
// for itself (the host starts it with no inherited loader). It holds no logic of its own.
import { parentPort } from 'node:worker_threads'
import { register } from 'tsx/esm/api'

register()
const { extractFields } = await import('./fields/extract-fields.ts')

/** A short demand read once at warm-up, so the patterns are compiled before the first real one. */
const WARM_TEXT = [
  'DEPARTMENT OF HOMELAND SECURITY',
  'U.S. Customs and Border Protection',
  'SUMMONS issued March 14, 2017 to Twitter, Inc. under 19 U.S.C. § 1509 for the account @example_user:',
  'all records regarding the account, including names, user names, login, phone numbers, mailing addresses and I.P. addresses.',
  'Produce the records by March 13, 2017. Do not disclose the existence of this summons.',
].join('\n')

function warm() {
  const read = extractFields(WARM_TEXT)
  return read.statutes_cited.value.length > 0
}

const OPS = {
  fields: ({ text, receivedOn }) => extractFields(text, receivedOn ? { receivedOn } : {}),
  warm,
}

parentPort.on('message', ({ id, op, input }) => {
  try {
    const run = OPS[op]
    if (!run) throw new Error(`unknown operation ${op}`)
    parentPort.postMessage({ id, ok: true, value: run(input) })
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error))
    parentPort.postMessage({ id, ok: false, error: { name: e.name, message: e.message } })
  }
})
