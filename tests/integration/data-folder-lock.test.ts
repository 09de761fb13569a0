/**
 * PGlite does not lock its data folder; two processes on one folder silently lose writes. Custodian
 * locks it: a second opener gets a clear error (in-process and from the CLI, exit 69).
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, describe, it } from 'node:test'
import { DataDirLockedError, openDatabase } from '../../src/storage/db.js'

const dir = mkdtempSync(path.join(tmpdir(), 'custodian-lock-'))
after(() => rmSync(dir, { recursive: true, force: true }))

describe('data folder lock', () => {
  it('refuses a second opener while the first holds the folder, and frees it on close', async () => {
    const first = await openDatabase({ kind: 'pglite', dataDir: dir })
    await assert.rejects(openDatabase({ kind: 'pglite', dataDir: dir }), (e: unknown) => {
      assert.ok(e instanceof DataDirLockedError)
      assert.match((e as Error).message, /in use by another Custodian process/)
      return true
    })

    const cli = spawnSync(process.execPath, ['bin/custodian.js', 'migrate', '--data', dir], { encoding: 'utf8', env: { ...process.env, CUSTODIAN_DATABASE_URL: '' } })
    assert.equal(cli.status, 69, cli.stderr)
    assert.match(cli.stderr, /custodian: The data folder .* is in use by another Custodian process/)

    await first.close()
    const again = await openDatabase({ kind: 'pglite', dataDir: dir })
    await again.close()
  })
})
