import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractFields } from './extract-fields.js'

const issued = (text: string): string | null => extractFields(text).date_issued.value
const due = (text: string): string | null => extractFields(text).response_deadline.value?.slice(0, 10) ?? null

describe('dates in a clerk\'s description lines and in covering words', () => {
  it('takes "[Warrant approved on DATE by a magistrate ...]" as the issue date', () => {
    const text = '[Search warrant approved on March 3, 2021 by a magistrate of Henrico County, Virginia, directed to an app maker]\n[...]'
    assert.equal(issued(text), '2021-03-03')
  })

  it('takes "[Subpoena sent on DATE by ...]" and "[Notice given by X to Y on DATE ...]" as the issue date', () => {
    assert.equal(issued('[Subpoena duces tecum sent on February 9, 2015 by the county prosecutor to a forum host]'), '2015-02-09')
    assert.equal(issued('[Removal notice given by the regulator to a video site on 2 May 2022 under section 12 of the Act]'), '2022-05-02')
  })

  it('takes the first date of a description line that names the document, in Italian too', () => {
    assert.equal(issued('[Provvedimento dell\'Autorità del 12 maggio 2022 nei confronti di una società]'), '2022-05-12')
  })

  it('does not take "faxed to X on DATE" after a form title with "Appear ... Produce" as a deadline', () => {
    const text = '[Summons on the agency form "Summons to Appear and/or Produce Records, 19 U.S.C. § 1509", faxed to the provider on June 2, 2020]'
    assert.equal(due(text), null)
    assert.equal(issued(text), '2020-06-02')
  })

  it('does not take the hours of a period of records ("between 1:00 and 2:30 p.m. on DATE") as a deadline', () => {
    const text = 'The warrant asked the provider to produce location data for every device in the area between 1:00 and 2:30 p.m. on April 4, 2020.'
    assert.equal(due(text), null)
  })

  it('reads "assinado digitalmente em DATE" as the date of a Brazilian ofício', () => {
    assert.equal(issued('Ofício eletrônico, assinado digitalmente em 3 de setembro de 2024, dirigido ao provedor.'), '2024-09-03')
  })
})
