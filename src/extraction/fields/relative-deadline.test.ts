import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findRelativeDeadlines, resolveRelative } from './relative-deadline.js'

const first = (text: string) => findRelativeDeadlines(text)[0]

describe('findRelativeDeadlines', () => {
  it('reads relative deadlines in several languages', () => {
    assert.deepEqual(first('must be restricted within three (3) working days on receipt of this notice')?.deadline, { text: 'within three (3) working days', amount: 3, unit: 'working_days' })
    assert.equal(first('в течение 3 (трех) рабочих дней с момента получения')?.deadline.unit, 'working_days')
    assert.equal(first('no prazo de 10 (dez) dias, sob pena de multa')?.deadline.amount, 10)
    assert.equal(first('[Prazo fixado: dois dias para resposta]')?.deadline.amount, 2)
    assert.equal(first('en el plazo de diez (10) días desde la recepción')?.deadline.amount, 10)
    assert.equal(first('dans un délai de 8 jours à compter de la présente')?.deadline.amount, 8)
    assert.equal(first('innerhalb von zwei Wochen nach Zustellung')?.deadline.unit, 'weeks')
    assert.equal(first('请你平台在收到本通知后24小时内删除上述信息')?.deadline.unit, 'hours')
    assert.equal(first('kararı 4 saat içinde uygulamasına')?.deadline.amount, 4)
  })

  it('ignores preservation periods and appeal windows', () => {
    assert.equal(first('Please preserve the records for a period of 90 days.'), undefined)
    assert.equal(first('You may appeal within 15 days of receipt.'), undefined)
  })

  it('computes the date from the receipt date or the issue date, whichever the text counts from', () => {
    const receipt = first('within three (3) working days on receipt of this notice')
    assert.ok(receipt)
    assert.equal(receipt.anchor, 'receipt')
    assert.equal(resolveRelative(receipt, '2020-08-07', undefined), null)
    assert.equal(resolveRelative(receipt, '2020-08-07', '2020-08-07'), '2020-08-12')
    const issue = first('shall disclose within ten days of the date of this Order')
    assert.ok(issue)
    assert.equal(resolveRelative(issue, '2018-04-03', undefined), '2018-04-13')
  })
})
