// Finding test files and running them with node's own test runner.
// The runner gets two reporters: `spec` streams to our stdout for the human watching, and `tap` goes
// to a file whose closing summary (`# pass`, `# fail`, ...) we parse. Counting from the TAP file rather
// than from the spec text keeps the numbers exact however the spec reporter formats things.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { describeExit, runStreaming } from './proc.js'

export interface TapSummary {
  tests: number
  pass: number
  fail: number
  cancelled: number
  skipped: number
  todo: number
}

/**
 * Every `*.test.ts` under `dir` (relative to `root`), sorted for a stable order.
 * Node 20's `--test` does not expand globs itself, so we list the files.
 */
export function findTestFiles(root: string, dir: string): string[] {
  const abs = path.join(root, dir)
  if (!existsSync(abs)) return []
  return readdirSync(abs, { recursive: true, encoding: 'utf8' })
    .filter((rel) => rel.endsWith('.test.ts'))
    .filter((rel) => !rel.split(path.sep).includes('node_modules'))
    .map((rel) => path.join(dir, rel))
    .sort()
}

const SUMMARY_KEYS = ['tests', 'pass', 'fail', 'cancelled', 'skipped', 'todo'] as const

/**
 * Reads the closing summary of a TAP stream written by node's test runner. Only lines after the last
 * top-level plan (`1..N`) count: a test that prints `pass 3` to stdout shows up earlier in the stream as
 * a `# pass 3` diagnostic, and must not be mistaken for the summary. Returns undefined if there is no
 * complete summary (the runner crashed or was killed).
 */
export function parseTapSummary(tap: string): TapSummary | undefined {
  const lines = tap.split('\n')
  let start = -1
  for (let i = lines.length - 1; i >= 0; i--) {
    if (/^1\.\.\d+\s*$/.test(lines[i]!)) {
      start = i
      break
    }
  }
  if (start === -1) return undefined
  const found: Partial<TapSummary> = {}
  for (const line of lines.slice(start + 1)) {
    const m = /^# (\w+) (\d+)\s*$/.exec(line)
    if (m && (SUMMARY_KEYS as readonly string[]).includes(m[1]!))
      found[m[1] as keyof TapSummary] = Number(m[2])
  }
  for (const key of SUMMARY_KEYS) if (found[key] === undefined) return undefined
  return found as TapSummary
}

/**
 * Test files that ran but reported no tests of their own. Node's runner then lists the file itself as one
 * top-level test, named by its absolute path, and counts it as passed when the process exited 0: that is
 * what a file with no tests looks like, and also a file that called process.exit(0) halfway, whose
 * remaining tests silently vanish. Neither may pass as green.
 */
export function findSilentFiles(tap: string, root: string, files: string[]): string[] {
  const byAbsolutePath = new Map(files.map((f) => [path.resolve(root, f), f]))
  const silent: string[] = []
  for (const line of tap.split('\n')) {
    const m = /^ok \d+ - (.*?)(?: # (?:SKIP|TODO)\b.*)?$/.exec(line)
    const file = m ? byAbsolutePath.get(m[1]!.replace(/\\#/g, '#')) : undefined
    if (file) silent.push(file)
  }
  return silent
}

export interface NodeTestRun {
  passed: number
  failed: number
  notes: string[]
}

export interface NodeTestOptions {
  root: string
  files: string[]
  concurrency: number
  /** Where the TAP copy of the results goes (kept after the run, for looking into failures). */
  tapFile: string
  env: NodeJS.ProcessEnv
  /** Per-test timeout, so one hung test cannot eat CI's whole time budget. */
  testTimeoutMs: number
}

/**
 * Runs the files under `node --import tsx --test` and turns the outcome into pass/fail counts.
 * Skipped, todo and cancelled tests count as failed: a suite is green only if every test ran and passed.
 * A runner that dies without a summary, or that exits non-zero while reporting no failure, adds one
 * failure, so that a crash can never look green.
 */
export async function runNodeTests(opts: NodeTestOptions): Promise<NodeTestRun> {
  mkdirSync(path.dirname(opts.tapFile), { recursive: true })
  rmSync(opts.tapFile, { force: true })
  const args = [
    '--import',
    'tsx',
    '--test',
    `--test-concurrency=${opts.concurrency}`,
    `--test-timeout=${opts.testTimeoutMs}`,
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${opts.tapFile}`,
    ...opts.files,
  ]
  const exit = await runStreaming(process.execPath, args, { cwd: opts.root, env: opts.env })

  const tap = existsSync(opts.tapFile) ? readFileSync(opts.tapFile, 'utf8') : ''
  const summary = parseTapSummary(tap)
  if (!summary) {
    return { passed: 0, failed: 1, notes: [`test runner ended without a summary (${describeExit(exit)})`] }
  }
  const notes: string[] = []
  let passed = summary.pass
  let failed = summary.fail
  const silent = findSilentFiles(tap, opts.root, opts.files)
  if (silent.length > 0) {
    passed -= silent.length
    failed += silent.length
    notes.push(`${silent.length} file(s) ran no test (exited early?): ${silent.join(', ')}`)
  }
  for (const key of ['skipped', 'todo', 'cancelled'] as const) {
    if (summary[key] > 0) {
      failed += summary[key]
      notes.push(`${summary[key]} ${key} (counted as failed)`)
    }
  }
  if (exit.code !== 0 && failed === 0) {
    failed = 1
    notes.push(`test runner failed (${describeExit(exit)}) though no test did`)
  }
  return { passed, failed, notes }
}
