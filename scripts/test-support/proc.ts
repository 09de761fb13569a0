// Child-process helpers for the test orchestrator.
// Every child we start is tracked, so that a Ctrl-C or SIGTERM on the orchestrator can be passed on to
// whatever is running (a test runner, apt-get, pg_ctl) before we clean up and exit.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import { accessSync, closeSync, constants, openSync, readFileSync } from 'node:fs'
import path from 'node:path'

const running = new Set<ChildProcess>()

/** Children that are still running; the signal handler in cleanup.ts forwards signals to them. */
export function runningChildren(): ReadonlySet<ChildProcess> {
  return running
}

export interface RunOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
}

export interface RunResult {
  /** Exit code, or null when the child was killed by a signal or could not be started. */
  code: number | null
  signal: NodeJS.Signals | null
  /** Set when the command could not be started at all (ENOENT and friends). */
  error?: string
}

function track(
  cmd: string,
  args: readonly string[],
  options: SpawnOptions,
  onOutput?: (chunk: Buffer) => void,
) {
  return new Promise<RunResult>((resolve) => {
    let child: ChildProcess
    try {
      child = spawn(cmd, args, options)
    } catch (err) {
      resolve({ code: null, signal: null, error: String(err) })
      return
    }
    running.add(child)
    child.stdout?.on('data', (c: Buffer) => onOutput?.(c))
    child.stderr?.on('data', (c: Buffer) => onOutput?.(c))
    let spawnError: string | undefined
    child.on('error', (err) => {
      spawnError = `${cmd}: ${err.message}`
    })
    child.on('close', (code, signal) => {
      running.delete(child)
      resolve({ code, signal, ...(spawnError ? { error: spawnError } : {}) })
    })
  })
}

/** Runs a command with its output going straight to our stdout/stderr, so a human sees progress. */
export function runStreaming(
  cmd: string,
  args: readonly string[],
  opts: RunOptions = {},
): Promise<RunResult> {
  return track(cmd, args, {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    stdio: ['ignore', 'inherit', 'inherit'],
  })
}

/** Runs a command and keeps its combined stdout+stderr, to show only when something went wrong. */
export async function runCaptured(
  cmd: string,
  args: readonly string[],
  opts: RunOptions = {},
): Promise<RunResult & { output: string }> {
  const chunks: Buffer[] = []
  const result = await track(
    cmd,
    args,
    { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] },
    (c) => chunks.push(c),
  )
  const output = Buffer.concat(chunks).toString('utf8') + (result.error ? `\n${result.error}\n` : '')
  return { ...result, output }
}

/** Runs a command with its output going to a log file (apt-get is far too chatty to stream). */
export async function runToLog(
  cmd: string,
  args: readonly string[],
  logFile: string,
  opts: RunOptions = {},
): Promise<RunResult> {
  const fd = openSync(logFile, 'a')
  try {
    return await track(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', fd, fd] })
  } finally {
    closeSync(fd)
  }
}

export function succeeded(r: RunResult): boolean {
  return r.code === 0 && !r.error
}

/** Human description of how a command ended, for error messages. */
export function describeExit(r: RunResult): string {
  if (r.error) return r.error
  if (r.signal) return `killed by ${r.signal}`
  return `exit code ${r.code}`
}

/** The last `lines` lines of a text, for showing the interesting end of a long log. */
export function tail(text: string, lines = 30): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n')
}

export function tailOfFile(file: string, lines = 30): string {
  try {
    return tail(readFileSync(file, 'utf8'), lines)
  } catch {
    return `(no log at ${file})`
  }
}

export function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** Looks a program up on PATH, like `command -v`. */
export function which(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue
    const candidate = path.join(dir, name)
    if (isExecutable(candidate)) return candidate
  }
  return undefined
}

export function isRoot(): boolean {
  return process.getuid?.() === 0
}

/** A test dependency (browser, database) could not be prepared; the message says what to do. */
export class SetupError extends Error {}

/**
 * `apt-get update && apt-get install -y <packages>`, non-interactive, output appended to `log`.
 * `update` first because a fresh machine's package lists may be empty or stale.
 */
export async function aptInstall(packages: string[], log: string): Promise<RunResult> {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const update = await runToLog('apt-get', ['update'], log, { env })
  if (!succeeded(update)) return update
  return runToLog('apt-get', ['install', '-y', ...packages], log, { env })
}
