import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractCitations } from './citations.js'
import { extractStatutes } from './statutes.js'

const cites = (text: string, country: string | null): string[] => extractCitations(text, { country }).map((c) => c.text)

describe('citation forms seen in real demands', () => {
  it('reads a list of sections with a gloss in brackets after each, before the Code they belong to', () => {
    const text = 'an offence under section 271 (sexual assault) and section 163.1\n(child pornography) of the Criminal Code; ordered under section 487.014 of the Criminal Code'
    assert.deepEqual(cites(text, 'CA'), ['CA Criminal Code s. 271', 'CA Criminal Code s. 163.1', 'CA Criminal Code s. 487.014'])
    assert.deepEqual(cites('under sections 264, 162.1 and 487.0191 of the Criminal Code', 'CA'), ['CA Criminal Code s. 264', 'CA Criminal Code s. 162.1', 'CA Criminal Code s. 487.0191'])
  })

  it('reads a Chinese law whose title is broken across two lines as the one law', () => {
    assert.deepEqual(cites('依据《互联网信息服务管理\n办法》第十六条之规定', 'CN'), ['CN Measures for the Administration of Internet Information Services art. 16'])
  })

  it('reads "article N of our Criminal Code" and "of our Law 34/2002" with the document\'s country', () => {
    const text = 'This is regulated in the article 573 of our Criminal Code, and in the article 35 of our Law 34/2002.'
    assert.deepEqual(cites(text, 'ES'), ['ES Criminal Code art. 573', 'ES Law 34/2002 art. 35'])
    assert.deepEqual(cites(text, null), [])
  })

  it('cites an EU regulation named only by its short title, unless one of its articles is cited', () => {
    assert.deepEqual(cites('The Digital Services Act sets precise obligations on content moderation.', 'EU'), ['EU Regulation 2022/2065'])
    assert.deepEqual(cites('Under Article 9 of the Digital Services Act you must act.', 'EU'), ['EU Regulation 2022/2065 art. 9'])
  })

  it('reads the French LCEN by its initials', () => {
    assert.deepEqual(cites("conformément à l'alinéa 1 de l'article 6-1 de la L.C.E.N, nous vous demandons", 'FR'), ['FR Law No. 2004-575 art. 6-1'])
  })

  it('keeps a statute cited in a sentence after one about a petition filed in court', () => {
    const text = '[Summons filed with the petition for leave to serve it (filed May 2, 2018); leave was granted on May 9. Serving such a summons requires leave of court under 26 U.S.C. § 7609(f)]'
    assert.deepEqual(extractStatutes(text, 'US-federal').value, ['26 U.S.C. 7609(f)'])
    assert.deepEqual(extractStatutes('The provider petitioned to set the letter aside under 18 U.S.C. § 3511.', 'US-federal').value, [])
  })
})
