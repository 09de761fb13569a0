// The test suites `npm test` knows, and how each one is prepared and run.
// Each suite returns pass/fail counts; a suite that cannot run (no test files, a dependency that
// could not be prepared, a build that failed) reports one failure instead of silently passing.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { ensureChromium } from './chromium.js'
import { dovecotEnv } from './dovecot.js'
import { ensureCjkFont } from './fonts.js'
import { findTestFiles, runNodeTests } from './node-tests.js'
import { ensurePostgres } from './postgres.js'
import { describeExit, runCaptured, SetupError, succeeded } from './proc.js'

export const SUITE_NAMES = ['static', 'unit', 'int-pglite', 'int-postgres', 'e2e'] as const
export type SuiteName = (typeof SUITE_NAMES)[number]

export interface SuiteContext {
  root: string
  /** Scratch output (TAP files, apt logs); git- and lint-ignored. */
  artifactsDir: string
  testTimeoutMs: number
}

export interface SuiteOutcome {
  passed: number
  failed: number
  notes: string[]
}

const fail = (note: string): SuiteOutcome => ({ passed: 0, failed: 1, notes: [note] })

export async function runSuite(name: SuiteName, ctx: SuiteContext): Promise<SuiteOutcome> {
  try {
    switch (name) {
      case 'static':
        return await runStatic(ctx)
      case 'unit':
        // The OCR tests draw a Chinese scan, so they need a font with Chinese characters.
        return await runFiles(ctx, name, 'src', 2, { CUSTODIAN_TEST_CJK_FONT: await ensureCjkFont(ctx.artifactsDir) })
      case 'int-pglite':
        return await runFiles(ctx, name, 'tests/integration', 2, {
          CUSTODIAN_TEST_DB: 'pglite',
          ...(await dovecotEnv(ctx.artifactsDir)), // the mail-intake tests' IMAP server
        })
      case 'int-postgres':
        return await runIntPostgres(ctx)
      case 'e2e':
        return await runE2e(ctx)
    }
  } catch (err) {
    // A dependency that could not be prepared fails its suite, not the whole run: the other suites
    // still run and report.
    const message = err instanceof Error ? err.message : String(err)
    console.error(`\n✖ ${name}: ${err instanceof SetupError ? 'setup failed: ' : ''}${message}\n`)
    return fail(err instanceof SetupError ? 'setup failed (see above)' : `crashed: ${message.split('\n')[0]}`)
  }
}

async function runFiles(
  ctx: SuiteContext,
  name: SuiteName,
  dir: string,
  concurrency: number,
  env: NodeJS.ProcessEnv,
  files = findTestFiles(ctx.root, dir),
): Promise<SuiteOutcome> {
  if (files.length === 0) return fail(`no *.test.ts files under ${dir}/`)
  console.log(`${files.length} test file(s) under ${dir}/`)
  return runNodeTests({
    root: ctx.root,
    files,
    concurrency,
    tapFile: path.join(ctx.artifactsDir, `${name}.tap`),
    env: { ...process.env, ...env },
    testTimeoutMs: ctx.testTimeoutMs,
  })
}

/** eslint and the three tsc projects; each is one check, its output shown only when it fails. */
async function runStatic(ctx: SuiteContext): Promise<SuiteOutcome> {
  const checks = [
    { label: 'eslint .', cmd: path.join(ctx.root, 'node_modules', '.bin', 'eslint'), args: ['.'] },
    { label: 'npm run typecheck', cmd: 'npm', args: ['run', '--silent', 'typecheck'] },
  ]
  const outcome: SuiteOutcome = { passed: 0, failed: 0, notes: [] }
  for (const check of checks) {
    const started = Date.now()
    console.log(`▶ ${check.label}`)
    const result = await runCaptured(check.cmd, check.args, { cwd: ctx.root })
    const secs = ((Date.now() - started) / 1000).toFixed(1)
    if (succeeded(result)) {
      outcome.passed++
      console.log(`✔ ${check.label} (${secs}s)`)
    } else {
      outcome.failed++
      outcome.notes.push(`${check.label} failed`)
      console.log(`✖ ${check.label} (${describeExit(result)}, ${secs}s)\n${result.output.trimEnd()}`)
    }
  }
  return outcome
}

async function runIntPostgres(ctx: SuiteContext): Promise<SuiteOutcome> {
  const dir = 'tests/integration'
  const files = findTestFiles(ctx.root, dir)
  if (files.length === 0) return fail(`no *.test.ts files under ${dir}/`)
  const server = await ensurePostgres(ctx.artifactsDir)
  console.log(`PostgreSQL: ${server.source}`)
  try {
    const env = { CUSTODIAN_TEST_DB: 'postgres', CUSTODIAN_TEST_DATABASE_URL: server.url, ...(await dovecotEnv(ctx.artifactsDir)) }
    return await runFiles(ctx, 'int-postgres', dir, 2, env, files)
  } finally {
    server.release() // stop a throwaway cluster as soon as its suite is done
  }
}

async function runE2e(ctx: SuiteContext): Promise<SuiteOutcome> {
  const dir = 'tests/e2e'
  const files = findTestFiles(ctx.root, dir)
  if (files.length === 0) return fail(`no *.test.ts files under ${dir}/`)
  const chromium = await ensureChromium(ctx.artifactsDir)
  console.log(`Chromium: ${chromium}`)

  // The e2e tests drive the built UI, so build it first (when the build script exists yet).
  const buildScript = path.join(ctx.root, 'scripts', 'build-web.mjs')
  if (existsSync(buildScript)) {
    console.log('▶ node scripts/build-web.mjs')
    const build = await runCaptured(process.execPath, [buildScript], { cwd: ctx.root })
    if (!succeeded(build)) {
      console.log(`✖ web build failed (${describeExit(build)})\n${build.output.trimEnd()}`)
      return fail('web build failed')
    }
  }
  // One file at a time: browsers are heavy and the machine has 2 cores.
  return runFiles(ctx, 'e2e', dir, 1, { CUSTODIAN_CHROMIUM_PATH: chromium }, files)
}
