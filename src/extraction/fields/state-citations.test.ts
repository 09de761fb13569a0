import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractCitations } from './citations.js'
import { extractFields } from './extract-fields.js'

const cites = (text: string): string[] => extractCitations(text).map((c) => c.text)

describe('state codes and the tax code, as their own documents write them', () => {
  it('reads Illinois sections with a decimal part, Pennsylvania, Washington, Nevada and Ohio codes', () => {
    assert.deepEqual(cites('Charge: 720 ILCS 5/26.5-3'), ['720 ILCS 5/26.5-3'])
    assert.deepEqual(cites('pursuant to 18 Pa.C.S. § 5772 and 35 P.S. § 780-113(a)(30)'), ['18 Pa.C.S. 5772', '35 P.S. 780-113(a)(30)'])
    assert.deepEqual(cites('under RCW 5.51.020'), ['RCW 5.51.020'])
    assert.deepEqual(cites('a violation of NRS 200.575 (stalking)'), ['Nev. Rev. Stat. 200.575'])
    assert.deepEqual(cites('in violation of Ohio Rev. Code 2907.07'), ['Ohio Rev. Code 2907.07'])
  })

  it('reads the Internal Revenue Code as title 26, and bare procedure sections in a tax summons', () => {
    assert.deepEqual(cites('Issued under authority of the Internal Revenue Code, section 7602.'), ['26 U.S.C. 7602'])
    assert.deepEqual(cites('IRC section 7609(b) gives the noticee the right to petition; served under section 7603(b).'), ['26 U.S.C. 7609(b)', '26 U.S.C. 7603(b)'])
    assert.deepEqual(cites('Serve it as section 7603(b) says.'), [])
  })

  it('places a demand in the state whose code it cites or whose county heads its caption', () => {
    assert.equal(extractFields('Detective Unit\n\nThe suspect is charged under NRS 200.575. Please preserve the records.').jurisdiction.value, 'US-NV')
    assert.equal(extractFields('IN THE COURT OF COMMON PLEAS OF BUCKS COUNTY, PENNSYLVANIA\n\nORDER\n\nThe provider shall produce the records.').jurisdiction.value, 'US-PA')
  })
})
