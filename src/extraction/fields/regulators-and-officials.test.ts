import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractFields } from './extract-fields.js'

describe('regulators, officials named beside their body, and law as cited', () => {
  it('keeps the official a description names in brackets after the body', () => {
    const text = '[Memorandum dated 8 June 2022 from the National Telecommunications Commission (Commissioner Maria L. Santos) to internet service providers in the Philippines ordering that access to 26 websites be blocked]'
    const f = extractFields(text)
    assert.equal(f.issuing_authority.value, 'National Telecommunications Commission (Commissioner Maria L. Santos)')
    assert.equal(f.jurisdiction.value, 'PH')
    assert.equal(f.instrument_type.value, 'takedown_demand')
  })

  it('names a House committee with its chamber, however the chamber is joined', () => {
    const text = '[Letter dated May 2, 2022 from members of the Committee on Oversight and Reform of the U.S. House of Representatives to the board of Example, Inc., asking that records be preserved]'
    assert.equal(extractFields(text).issuing_authority.value, 'Committee on Oversight and Reform of the U.S. House of Representatives')
  })

  it('does not take an instrument spelled out with its initials for the body that issued it', () => {
    const text = '[Targeted Correction Direction (TCD) issued on 29 November 2019 by the POFMA Office to Example Social under the Protection from Online Falsehoods and Manipulation Act 2019]'
    assert.equal(extractFields(text).issuing_authority.value, 'POFMA Office')
  })

  it('reads an FBI exigent letter as an emergency request, though it promises subpoenas later', () => {
    const text = '[Exigent letter from the Federal Bureau of Investigation to a provider, November 2002]\n\nDue to exigent circumstances, it is requested that records be provided. Subpoenas requesting this information have been submitted to the U.S. Attorney\'s Office, which will serve them, and grand jury subpoenas will follow.'
    const f = extractFields(text)
    assert.equal(f.instrument_type.value, 'emergency_disclosure_request')
    assert.equal(f.emergency.value, true)
  })

  it('writes an Act\'s year after a comma where the document does, and without one where it does not', () => {
    const comma = 'Notice under Section 69A of the Information Technology Act, 2000 to block the accounts listed.'
    assert.deepEqual(extractFields(comma).statutes_cited.value, ['IN Information Technology Act, 2000 s. 69A'])
    const bare = 'Notice under Section 69A of the Information Technology Act 2000 to block the accounts listed.'
    assert.deepEqual(extractFields(bare).statutes_cited.value, ['IN Information Technology Act 2000 s. 69A'])
  })
})
