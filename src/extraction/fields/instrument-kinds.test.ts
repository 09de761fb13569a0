import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractFields } from './extract-fields.js'

const kind = (text: string): string => extractFields(text).instrument_type.value

describe('instrument kinds told apart in more ways', () => {
  it('reads a criminal trial subpoena, even when it mentions an earlier preservation letter', () => {
    const text = 'IN THE CIRCUIT COURT OF LAKE COUNTY, ILLINOIS\n\nSUBPOENA DUCES TECUM -- TRIAL (CRIMINAL)\n\nYOU ARE COMMANDED to appear as a witness in the above cause, which is set for jury trial, and to bring the records already preserved under the State\'s preservation letter of March 2, 2026.'
    assert.equal(kind(text), 'trial_subpoena')
  })

  it('reads a subpoena from a federal agency as administrative', () => {
    assert.equal(kind('UNITED STATES SECURITIES AND EXCHANGE COMMISSION\n\nSUBPOENA\n\nYou must produce the documents described in the attachment.'), 'administrative_subpoena')
  })

  it('reads an Italian request to keep data as a preservation request', () => {
    assert.equal(kind('POLIZIA DI STATO\n\nSi chiede la conservazione dei dati relativi al profilo indicato, in attesa del decreto del pubblico ministero.'), 'preservation_request')
  })

  it('reads a foreign court\'s order as an order, though it also asks to keep the data', () => {
    assert.equal(kind('JUZGADO DE INSTRUCCIÓN N.º 3 DE VALENCIA\n\nAUTO\n\nSe acuerda requerir a la plataforma que facilite los datos del usuario y garantice la conservación de los mismos.'), 'foreign_order')
  })
})
