import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractFields } from './extract-fields.js'

const due = (text: string): string | null => extractFields(text).response_deadline.value?.slice(0, 10) ?? null
const secret = (text: string): boolean | null => extractFields(text).nondisclosure.value

describe('deadlines written the ways forms write them', () => {
  it('reads a form heading over the date: "DATE AND TIME THE DOCUMENTS MUST BE AVAILABLE"', () => {
    assert.equal(due('CIVIL INVESTIGATIVE DEMAND\n\n   DATE AND TIME THE DOCUMENTS MUST BE AVAILABLE\n   MARCH 9, 2026\n\nIssued: January 5, 2026'), '2026-03-09')
  })

  it('reads a two-column "Date and Time:" whose value sits below, past an address with abbreviations', () => {
    const text = 'SUBPOENA TO TESTIFY BEFORE A GRAND JURY\n\n Place: U.S. Courthouse                  Date and Time:\n        101 W. Main St., Room 12         04/14/2026  9:00 am\n'
    assert.equal(due(text), '2026-04-14')
  })

  it('reads "on\\n\\n MONDAY, MAY 18, 2026" as the day to appear, not as a place and date', () => {
    const text = 'YOU ARE COMMANDED to appear to testify before the Honorable J. Smith in Courtroom 5 of the\nCriminal Court Building, 100 Main Street, Springfield, Illinois 62701, on\n\n             MONDAY, MAY 18, 2026, at 9:30 a.m.,\n\nand to bring the records.'
    assert.equal(due(text), '2026-05-18')
  })

  it('reads "ANTES DEL DÍA 12 DE SEPTIEMBRE DE\\n2026"', () => {
    assert.equal(due('Se requiere que, ANTES DEL DÍA 12 DE SEPTIEMBRE DE\n2026, remita la información solicitada.'), '2026-09-12')
  })
})

describe('secrecy asked for in more words', () => {
  it('reads "requests that you not disclose" and "requests that X not notify"', () => {
    assert.equal(secret('HSI requests that you not disclose the existence of this summons to the account holder.'), true)
    assert.equal(secret('The staff requests that Owlpost not notify the account holder of this subpoena.'), true)
  })

  it('reads a German prohibition on telling the user ("untersagt ... zu informieren", Offenbarungsverbot)', () => {
    assert.equal(secret('Der Owlpost GmbH wird untersagt, den betroffenen Nutzer über diese Anordnung zu informieren.'), true)
    assert.equal(secret('Die Anordnung des Offenbarungsverbots beruht auf § 95a StPO.'), true)
  })
})
