/**
 * Get the document readers ready before the first upload: the parser worker started with the
 * default limits and its libraries loaded. A running server calls it at start so that its first
 * document is read as fast as the next ones; the CLI does not (it reads one file and exits).
 */
import { DEFAULT_READ_LIMITS } from './limits.js'
import { warmParser } from './read/parser-host.js'

export async function warmReaders(): Promise<boolean> {
  return warmParser(DEFAULT_READ_LIMITS.workerMemoryMb)
}
