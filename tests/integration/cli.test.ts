/**
 * The `custodian` command as an operator runs it: against a PGlite folder under pglite, against
 * a fresh PostgreSQL database under postgres.
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { createTestDbTarget, type TestDbTarget } from '../_util/test-db.js'

const work = mkdtempSync(path.join(tmpdir(), 'custodian-cli-'))
let db: TestDbTarget
let env: NodeJS.ProcessEnv

before(async () => {
  db = await createTestDbTarget()
  env = { ...process.env, CUSTODIAN_LOG_LEVEL: 'silent', CUSTODIAN_DATABASE_URL: db.target.kind === 'postgres' ? db.target.url : '' }
})
after(async () => {
  await db.drop()
  rmSync(work, { recursive: true, force: true })
})

const custodian = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/custodian.js', ...args, ...(db.target.kind === 'postgres' ? [] : ['--data', path.join(work, 'data')])], {
    encoding: 'utf8',
    env,
  })

describe('custodian CLI', () => {
  it('migrate, import, show, audit verify', () => {
    const migrate = custodian('migrate')
    assert.equal(migrate.status, 0, migrate.stderr)
    assert.match(migrate.stdout, /Database is up to date/)

    const file = path.join(work, 'subpoena.txt')
    writeFileSync(file, 'GRAND JURY SUBPOENA\nProduce subscriber records for the account example-user.')
    const imported = custodian('import', file, '--json')
    assert.equal(imported.status, 0, imported.stderr)
    const [created] = JSON.parse(imported.stdout) as { id: string; reference: string; state: string }[]
    assert.equal(created?.state, 'received')

    const shown = custodian('show', created!.id, '--json')
    assert.equal(shown.status, 0, shown.stderr)
    const demand = JSON.parse(shown.stdout)
    assert.match(demand.documents[0].text, /GRAND JURY SUBPOENA/)

    const text = custodian('show', created!.id)
    assert.match(text.stdout, /Timeline:[\s\S]*Demand received[\s\S]*Document attached[\s\S]*Fields read from the documents/)

    const audit = custodian('audit', 'verify')
    assert.equal(audit.status, 0, audit.stderr)
    // Received, document attached, the reading (fields with passages), and the note asking to check it.
    assert.match(audit.stdout, /Audit log intact: 4 events verified/)
  })

  it('fails clearly: missing file (66), unknown demand (66), bad usage (64)', () => {
    const missing = custodian('import', path.join(work, 'nope.pdf'))
    assert.equal(missing.status, 66)
    assert.match(missing.stderr, /Cannot read .*nope\.pdf/)
    const unknown = custodian('show', '00000000-0000-4000-8000-000000000000')
    assert.equal(unknown.status, 66)
    assert.match(unknown.stderr, /No demand has the id/)
    const usage = spawnSync(process.execPath, ['bin/custodian.js', 'frobnicate'], { encoding: 'utf8', env })
    assert.equal(usage.status, 64)
  })

  it('names a bad environment variable', () => {
    const bad = spawnSync(process.execPath, ['bin/custodian.js', 'migrate'], { encoding: 'utf8', env: { ...env, CUSTODIAN_PORT: 'eighty' } })
    assert.equal(bad.status, 64)
    assert.match(bad.stderr, /CUSTODIAN_PORT/)
  })
})
