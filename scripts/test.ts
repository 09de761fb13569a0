// `npm test`: runs Custodian's test suites in order and prepares what they need (Chromium, PostgreSQL).
//
//   npm test                                   every suite: static, unit, int-pglite, int-postgres, e2e
//   node --import tsx scripts/test.ts unit e2e only the suites named
//
// The last line of output is always `N passed, N failed` (totals over all suites, the static checks
// included), which CI reads; the exit code is non-zero if anything failed. A suite with no test files,
// or with any skipped, todo or cancelled test, counts as failed: a skipped suite is never shown as green.
//
// Environment:
//   CUSTODIAN_CHROMIUM_PATH            Chromium for e2e (default /usr/bin/chromium, apt-installed as root)
//   CUSTODIAN_TEST_DATABASE_URL        admin URL for int-postgres (default: local server, else a throwaway cluster)
//   CUSTODIAN_TEST_FORCE_THROWAWAY_PG  =1 to always use a throwaway cluster (tests that code path)
//   CUSTODIAN_TEST_TIMEOUT_MS          per-test timeout (default 600000), so a hung test cannot stall CI
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { installCleanupHandlers, runAllCleanups } from './test-support/cleanup.js'
import { runSuite, SUITE_NAMES, type SuiteName } from './test-support/suites.js'

interface SuiteResult {
  name: SuiteName
  passed: number
  failed: number
  ms: number
  notes: string[]
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

function parseArgs(argv: string[]): SuiteName[] {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(`usage: node --import tsx scripts/test.ts [${SUITE_NAMES.join('|')} ...]`)
    process.exit(0)
  }
  const unknown = argv.filter((a) => !(SUITE_NAMES as readonly string[]).includes(a))
  if (unknown.length > 0) {
    console.error(`unknown suite(s): ${unknown.join(', ')}; known: ${SUITE_NAMES.join(', ')}`)
    process.exit(2)
  }
  // Always in the canonical order (cheap checks first), whatever order the names were given in.
  return argv.length === 0 ? [...SUITE_NAMES] : SUITE_NAMES.filter((s) => argv.includes(s))
}

function formatTable(results: SuiteResult[]): string {
  const rows = [
    ['suite', 'passed', 'failed', 'time', 'notes'],
    ...results.map((r) => [
      r.name,
      String(r.passed),
      String(r.failed),
      `${(r.ms / 1000).toFixed(1)}s`,
      r.notes.join('; '),
    ]),
  ]
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i]!.length)))
  return rows
    .map((row) =>
      [
        row[0]!.padEnd(widths[0]!),
        row[1]!.padStart(widths[1]!),
        row[2]!.padStart(widths[2]!),
        row[3]!.padStart(widths[3]!),
        row[4]!,
      ]
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
}

async function main(): Promise<void> {
  const suites = parseArgs(process.argv.slice(2))
  const positiveTimeout = Number(process.env.CUSTODIAN_TEST_TIMEOUT_MS)
  const ctx = {
    root,
    artifactsDir: path.join(root, '.test-artifacts'),
    testTimeoutMs: positiveTimeout > 0 ? positiveTimeout : 600_000,
  }
  installCleanupHandlers()

  const results: SuiteResult[] = []
  for (const name of suites) {
    console.log(`\n━━━ ${name} ━━━`)
    const started = Date.now()
    const outcome = await runSuite(name, ctx)
    const result = { name, ...outcome, ms: Date.now() - started }
    results.push(result)
    const status = result.failed > 0 ? '✖' : '✔'
    console.log(
      `${status} ${name}: passed ${result.passed}, failed ${result.failed}, ${(result.ms / 1000).toFixed(1)}s`,
    )
  }
  // Release anything still held before the summary, so nothing can print after the closing line.
  runAllCleanups()

  const passed = results.reduce((n, r) => n + r.passed, 0)
  const failed = results.reduce((n, r) => n + r.failed, 0)
  console.log(`\n${formatTable(results)}\n`)
  console.log(`${passed} passed, ${failed} failed`)
  process.exitCode = failed > 0 ? 1 : 0
}

main().catch((err: unknown) => {
  runAllCleanups()
  console.error(err)
  console.log('0 passed, 1 failed')
  process.exitCode = 1
})
