/**
 * The `custodian extract` command, driven through commander as bin/custodian.js will drive it.
 * (Kept here because this work may only add files under src/extraction; it tests
 * src/cli/commands/extract.ts.)
 */
import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, describe, it } from 'node:test'
import { Command } from 'commander'
import { EXIT_DATA, EXIT_NO_INPUT, EXIT_USAGE, registerExtract, type ExtractIo } from '../cli/commands/extract.js'
import { CORPUS_FIELDS } from './corpus-json.js'
import { shutdownReaders } from './read/parser-host.js'
import { docx, simplePdf } from './testing/builders.js'

after(async () => {
  await shutdownReaders()
})

class Exit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`)
  }
}

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const io: ExtractIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    exit: (code) => {
      throw new Exit(code)
    },
  }
  const program = new Command('custodian').exitOverride()
  registerExtract(program, io)
  try {
    await program.parseAsync(['node', 'custodian', ...args])
    return { code: 0, stdout, stderr }
  } catch (error) {
    if (error instanceof Exit) return { code: error.code, stdout, stderr }
    throw error
  }
}

const dir = mkdtempSync(path.join(tmpdir(), 'custodian-extract-'))
const file = (name: string, data: string | Uint8Array): string => {
  const p = path.join(dir, name)
  writeFileSync(p, data)
  return p
}

const SUMMONS = 'SUMMONS\nThis summons is issued under 19 U.S.C. § 1509 for the account @ALT_USCIS.\nIssued on: March 14, 2017\n'

describe('custodian extract', () => {
  it('prints the corpus JSON with evidence, options before or after the file', async () => {
    const txt = file('summons.txt', SUMMONS)
    for (const args of [['extract', txt, '--json'], ['extract', '--json', txt]]) {
      const { code, stdout } = await run(...args)
      assert.equal(code, 0)
      const json = JSON.parse(stdout) as Record<string, unknown>
      for (const f of CORPUS_FIELDS) assert.ok(f in json, f)
      assert.equal(json.instrument_type, 'administrative_summons')
      assert.deepEqual(json.statutes_cited, ['19 U.S.C. 1509'])
      assert.deepEqual(json.target_identifiers, ['@ALT_USCIS'])
      assert.equal(json.date_issued, '2017-03-14')
      const evidence = json.evidence as Record<string, { start: number; end: number; text: string }[]>
      const [span] = evidence.target_identifiers ?? []
      assert.equal(SUMMONS.slice(span?.start, span?.end), '@ALT_USCIS')
    }
  })

  it('detects the format from the content, not the name', async () => {
    const pdfNamedTxt = file('looks-like-text.txt', simplePdf('Grand jury subpoena for the account @example_target'))
    const { code, stdout } = await run('extract', pdfNamedTxt, '--json')
    assert.equal(code, 0)
    assert.deepEqual((JSON.parse(stdout) as { target_identifiers: string[] }).target_identifiers, ['@example_target'])
    const word = file('order.bin', docx('SEARCH AND SEIZURE WARRANT\nfor the account @example_target'))
    const fromWord = await run('extract', word, '--json')
    assert.equal((JSON.parse(fromWord.stdout) as { instrument_type: string }).instrument_type, 'search_warrant')
  })

  it('prints a readable summary without --json', async () => {
    const { code, stdout } = await run('extract', file('s2.txt', SUMMONS))
    assert.equal(code, 0)
    assert.match(stdout, /^instrument_type\s+administrative_summons/m)
  })

  it('exits 66 for a missing file, 65 for an unreadable one and 64 for misuse', async () => {
    const missing = await run('extract', path.join(dir, 'nope.pdf'))
    assert.equal(missing.code, EXIT_NO_INPUT)
    assert.match(missing.stderr, /no such file/)
    const binary = await run('extract', file('x.bin', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3, 4, 5])))
    assert.equal(binary.code, EXIT_DATA)
    assert.match(binary.stderr, /UNSUPPORTED_DOCUMENT/)
    const corrupt = await run('extract', file('broken.pdf', '%PDF-1.7\n1 0 obj <<'))
    assert.equal(corrupt.code, EXIT_DATA)
    assert.equal((await run('extract')).code, EXIT_USAGE)
    assert.equal((await run('extract', 'a', 'b')).code, EXIT_USAGE)
    assert.equal((await run('extract', file('s3.txt', SUMMONS), '--timeout', 'soon')).code, EXIT_USAGE)
    assert.equal((await run('extract', dir)).code, EXIT_NO_INPUT)
  })

  it('stops reading the fields when --timeout runs out and exits 65 with EXTRACTION_TIMEOUT', async () => {
    // A text file reads at once; its fields take seconds, far past 300 ms.
    const long = file('long.txt', `${SUMMONS}\n`.repeat(8_000))
    const started = performance.now()
    const timedOut = await run('extract', long, '--json', '--timeout', '300')
    assert.equal(timedOut.code, EXIT_DATA)
    assert.match(timedOut.stderr, /took longer than 300 ms.*\(EXTRACTION_TIMEOUT\)/)
    assert.equal(timedOut.stdout, '')
    assert.ok(performance.now() - started < 5_000)
  })
})
