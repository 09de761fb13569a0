/**
 * Get the document readers ready before the first upload: the parser worker and the field
 * reader's worker started with the default limits, their libraries loaded and their code
 * compiled. A running server calls it at start so that its first document is read as fast as the
 * next ones; the CLI does not (it reads one file and exits).
 */
import { warmFieldReader } from './fields-host.js'
import { DEFAULT_READ_LIMITS } from './limits.js'
import { warmParser } from './read/parser-host.js'

export async function warmReaders(): Promise<boolean> {
  const ready = await Promise.all([warmParser(DEFAULT_READ_LIMITS.workerMemoryMb), warmFieldReader(DEFAULT_READ_LIMITS.workerMemoryMb)])
  return ready.every(Boolean)
}
