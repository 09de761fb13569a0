import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractFields } from './extract-fields.js'
import { findWordDates, wordNumber } from './word-dates.js'

describe('dates written in words', () => {
  it('reads numbers in words in Spanish, Portuguese and French', () => {
    assert.equal(wordNumber('veintitrés'), 23)
    assert.equal(wordNumber('vinte e oito'), 28)
    assert.equal(wordNumber('trente et un'), 31)
    assert.equal(wordNumber('vingt-sept'), 27)
    assert.equal(wordNumber('mañana'), null)
  })

  it('finds dates in words, year first or last, and refuses impossible ones', () => {
    const iso = (t: string) => findWordDates(t).map((d) => d.iso)
    assert.deepEqual(iso('Dado en Sevilla, a doce de marzo de dos mil veinticinco.'), ['2025-03-12'])
    assert.deepEqual(iso('aos dezoito dias do mês de junho de dois mil e vinte e três'), ['2023-06-18'])
    assert.deepEqual(iso("L'an deux mille vingt-deux, le trente et un mai, à 9 heures"), ['2022-05-31'])
    assert.deepEqual(iso('le premier juillet deux mille vingt-six'), ['2026-07-01'])
    assert.deepEqual(iso('treinta de febrero de dos mil veinte'), [])
  })

  it('takes a court\'s date in words as the date issued, over a report it mentions', () => {
    const text = 'AUTO\n\nVisto el oficio de la Policía de fecha 2 de mayo de 2024, se acuerda requerir los datos.\n\nEn Granada, a nueve de mayo de dos mil veinticuatro.'
    assert.equal(extractFields(text).date_issued.value, '2024-05-09')
  })
})

describe('more date and deadline cues', () => {
  it('reads a sending date labelled in Russian, with a weekday before the date', () => {
    assert.equal(extractFields('Уведомление\nДата направления: 14.03.2024 10:12 (мск)\nТекст').date_issued.value, '2024-03-14')
    assert.equal(extractFields('From: РКН\nДата: среда, 5 июня 2024 г., 09:00\nТекст').date_issued.value, '2024-06-05')
  })

  it('reads "dated" right before a date even after the word "service"', () => {
    assert.equal(extractFields('[Letter to an e-mail hosting service, dated May 2, 2023 and served on May 4, 2023]').date_issued.value, '2023-05-02')
  })

  it('prefers the decision date to the date of a certified copy or of a letter it refers to', () => {
    assert.equal(extractFields('Landgericht Bonn\n\nhat am 10.02.2025\nbeschlossen:\n\n...\n\nAusgefertigt\nBonn, 14.02.2025').date_issued.value, '2025-02-10')
    assert.equal(extractFields('Direction\nDated: 3rd March, 2025\n\nvide letter No. 11/2025-CIS dated 20.02.2025, the Committee').date_issued.value, '2025-03-03')
  })

  it('reads a time of day before the deadline, and not a secrecy period as one', () => {
    assert.equal(extractFields('IT IS ORDERED THAT:\n1. By 4pm on 9 May 2025 the Respondent shall disclose.\n2. The Respondent shall not, before 30 May 2025, inform the user.').response_deadline.value, '2025-05-09')
    assert.equal(extractFields('Wir ersuchen um Übermittlung bis spätestens 12:00 Uhr (03.12.2024).').response_deadline.value, '2024-12-03')
    assert.equal(extractFields('Termine: entro le ore 18:00 del 12/03/2025.').response_deadline.value, '2025-03-12')
  })
})
