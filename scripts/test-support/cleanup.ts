// Cleanup registry for resources the orchestrator creates (a throwaway PostgreSQL cluster and its
// directory). Cleanups are synchronous on purpose: they must also run from a signal handler and from
// process 'exit', where nothing asynchronous gets to finish.
import { runningChildren } from './proc.js'

interface Cleanup {
  name: string
  fn: () => void
}

const cleanups: Cleanup[] = []

/**
 * Registers a cleanup and returns a function that runs it now (once) and unregisters it, so a resource
 * can be released as soon as the suite that needed it is done.
 */
export function onCleanup(name: string, fn: () => void): () => void {
  const entry: Cleanup = { name, fn }
  cleanups.push(entry)
  return () => {
    const i = cleanups.indexOf(entry)
    if (i === -1) return
    cleanups.splice(i, 1)
    runOne(entry)
  }
}

function runOne(entry: Cleanup): void {
  try {
    entry.fn()
  } catch (err) {
    console.error(`cleanup "${entry.name}" failed: ${err instanceof Error ? err.message : String(err)}`)
  }
}

/** Runs every pending cleanup, newest first. Safe to call more than once. */
export function runAllCleanups(): void {
  while (cleanups.length > 0) runOne(cleanups.pop()!)
}

const SIGNAL_NUMBERS: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 }

/**
 * On SIGINT/SIGTERM/SIGHUP: pass the signal on to running children (a `kill -INT <our pid>` does not
 * reach them the way a terminal's Ctrl-C does), release resources, and exit with 128+signal.
 * The 'exit' hook catches every other way out (an uncaught exception, process.exit).
 */
export function installCleanupHandlers(): void {
  for (const signal of Object.keys(SIGNAL_NUMBERS) as NodeJS.Signals[]) {
    process.on(signal, () => {
      console.error(`\n${signal} received: stopping tests and cleaning up`)
      for (const child of runningChildren()) child.kill(signal)
      runAllCleanups()
      process.exit(128 + (SIGNAL_NUMBERS[signal] ?? 0))
    })
  }
  process.on('exit', runAllCleanups)
}
