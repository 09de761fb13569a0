/** `custodian triage` as an operator runs it, on the flagship summons in the project's corpus. */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'

const FLAGSHIP = 'fixtures/demands/docs/01_us-cbp-summons-alt-uscis-2017.txt'
const run = (...args: string[]) => spawnSync(process.execPath, ['bin/custodian.js', 'triage', ...args], { encoding: 'utf8' })

describe('custodian triage', () => {
  it('finds the six problems of the flagship summons, with citations, and recommends objecting and notifying', () => {
    const facts = path.join(mkdtempSync(path.join(tmpdir(), 'triage-')), 'facts.json')
    writeFileSync(facts, JSON.stringify({ purpose_within_statute: false }))
    const r = run(FLAGSHIP, '--json', '--now', '2017-03-14T20:00:00Z', '--speech', 'political', '--pseudonymous', '--facts', facts)
    assert.equal(r.status, 0, r.stderr)
    const out = JSON.parse(r.stdout)
    assert.equal(out.instrument_type, 'administrative_summons')
    const byId = new Map<string, { outcome: string; citation: string }>(out.findings.map((f: { rule_id: string }) => [f.rule_id, f]))
    for (const id of [
      'ADM.SUMMONS.PURPOSE_OUTSIDE_STATUTE',
      'US.SCA.SUBPOENA_REACHES_BSI_ONLY',
      'SPEECH.POLITICAL.NON_JUDICIAL_PROCESS',
      'ADM.SUMMONS.SECRECY_NOT_BINDING',
      'AUTH.DEADLINE.BEFORE_SERVICE',
      'ADM.SUMMONS.NOT_SELF_EXECUTING',
    ]) {
      const f = byId.get(id)
      assert.ok(f && f.outcome !== 'pass', `${id}: ${JSON.stringify(f)}`)
      assert.ok(f.citation.length > 5)
    }
    assert.ok(['object', 'challenge_in_court'].includes(out.recommendation.action), out.recommendation.action)
    assert.equal(out.notice.decision, 'notify_now')
  })

  it('fails clearly on a missing file and a bad option', () => {
    const missing = run('no-such-file.pdf')
    assert.equal(missing.status, 66)
    assert.match(missing.stderr, /Cannot read no-such-file\.pdf/)
    const bad = run(FLAGSHIP, '--speech', 'loud')
    assert.equal(bad.status, 64)
    assert.match(bad.stderr, /--speech takes one of/)
  })
})
