import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { assignDateRoles } from './date-roles.js'
import { addDays, findDates } from './dates.js'

const isos = (text: string, order: 'mdy' | 'dmy' = 'mdy'): string[] => findDates(text, order).map((d) => d.iso)

function roles(text: string, order: 'mdy' | 'dmy' = 'mdy'): { issued: string | null; deadline: string | null } {
  const r = assignDateRoles(text, findDates(text, order))
  return { issued: r.issued?.iso ?? null, deadline: r.deadline?.iso ?? null }
}

describe('findDates', () => {
  it('reads dates in the forms and languages demands use', () => {
    assert.deepEqual(isos('March 14, 2017; 14 March 2017; the 13th day of March, 2017; 2017-03-12; 14-Mar-2017'), ['2017-03-14', '2017-03-14', '2017-03-13', '2017-03-12', '2017-03-14'])
    assert.deepEqual(isos('16 de março de 2023; 7 de marzo de 2023; 1er mars 2021; 3. März 2021; 31 Ekim 2023', 'dmy'), ['2023-03-16', '2023-03-07', '2021-03-01', '2021-03-03', '2023-10-31'])
    assert.deepEqual(isos('25 марта 2020 г.; «14» марта 2017 г.; 2016年6月8日; 二〇二〇年七月十三日', 'dmy'), ['2020-03-25', '2017-03-14', '2016-06-08', '2020-07-13'])
  })

  it('reads slashed dates month-first in U.S. documents, day-first elsewhere, unless a number settles it', () => {
    assert.deepEqual(isos('03/04/2017', 'mdy'), ['2017-03-04'])
    assert.deepEqual(isos('03/04/2017', 'dmy'), ['2017-04-03'])
    assert.deepEqual(isos('7/27/2006 and 26/9/2004', 'dmy'), ['2006-07-27', '2004-09-26'])
    assert.deepEqual(isos('14.03.2017', 'mdy'), ['2017-03-14'])
  })

  it('keeps a time of day written beside the date, and refuses impossible dates', () => {
    const [d] = findDates('on March 13, 2017 at 11:45 a.m.')
    assert.equal(d?.time, '11:45')
    assert.deepEqual(isos('February 30, 2021 and 31.04.2020'), [])
  })

  it('adds calendar and working days', () => {
    assert.equal(addDays('2020-08-07', 3, true), '2020-08-12')
    assert.equal(addDays('2018-04-03', 10), '2018-04-13')
  })
})

describe('assignDateRoles', () => {
  it('tells the issue date from the deadline, the record period and other documents', () => {
    const text = 'Records from January 1, 2021 to June 30, 2021 are requested under the Order of May 2, 2019.\nProduce them on or before March 13, 2017.\n\nDated: March 14, 2017'
    assert.deepEqual(roles(text), { issued: '2017-03-14', deadline: '2017-03-13' })
  })

  it('takes a date line of its own as the date of a letter', () => {
    assert.deepEqual(roles('Cyber Security Association of China\n\nJune 8, 2016\n\nAddress: Beijing'), { issued: '2016-06-08', deadline: null })
  })

  it('reads the date in a numbered title line, not the dates of laws and other decisions', () => {
    const text = 'Уведомление № 114-22/ЭК от 18.05.2022\n\nв соответствии со статьей 15.3 Федерального закона от 27.07.2006 № 149-ФЗ; требование от 12.05.2022 № 27.'
    assert.deepEqual(roles(text, 'dmy'), { issued: '2022-05-18', deadline: null })
  })

  it('leaves the issue date empty when no date is presented as one', () => {
    assert.deepEqual(roles('The subpoena was withdrawn on August 1, 2013; served on July 3, 2013.'), { issued: null, deadline: null })
  })

  it('does not read a warrant\'s execution date as the provider\'s deadline', () => {
    assert.deepEqual(roles('YOU ARE COMMANDED to execute this warrant on or before March 3, 2022.\nDate and time issued: February 17, 2022'), { issued: '2022-02-17', deadline: null })
  })

  it('reads the production date of a form, in a second column or with the place in between', () => {
    assert.equal(roles('Place: Keller LLP, 1 Main St.     Date and Time:\n   Suite 2, San Francisco    August 28, 2020 10:00 am').deadline, '2020-08-28')
    assert.equal(roles('YOU ARE COMMANDED to appear before Agent Liu at 3 Gateway Center, Newark, NJ, on September 30, 2019 at 9:00 a.m.').deadline, '2019-09-30')
    assert.equal(roles('请于2020年7月20日前将上述材料提供至我局。', 'dmy').deadline, '2020-07-20')
  })
})
