/**
 * Finds calendar dates in text, in the forms demands use: "March 14, 2017", "14th day of March,
 * 2017", "14 de março de 2023", "25 марта 2020 г.", "14.03.2017", "2017-03-14", "2016年6月8日".
 * Numeric dates with slashes are read month-first in US documents and day-first elsewhere,
 * unless one of the numbers settles it.
 */
import { MONTH_PATTERN, monthNumber } from './months.js'
import { MAX_MATCHES, Occupancy } from './text.js'
import { findWordDates } from './word-dates.js'

export type FoundDate = {
  start: number
  end: number
  text: string
  /** YYYY-MM-DD */
  iso: string
  /** HH:MM (24 h) when a time of day is written right next to the date. */
  time?: string
}

export type DateOrder = 'mdy' | 'dmy'

const ORD = '(?:st|nd|rd|th|er|º|°|\\.)?'
const M = `(${MONTH_PATTERN})\\.?`
const Y = '((?:19|20)\\d{2})'
const D = '(\\d{1,2})'
// Letters in the words around a date, in every script we expect, so "mar" inside "Omar" is no month.
const L = '\\p{L}'

type Pattern = { re: RegExp; parse: (g: string[], order: DateOrder) => [number, number, number] | null }

const PATTERNS: Pattern[] = [
  // 2017-03-14, 2017/03/14 (optionally with a time: 2017-03-14T11:45)
  { re: new RegExp(`(?<!\\d)${Y}[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)`, 'gu'), parse: (g) => [n(g[0]), n(g[1]), n(g[2])] },
  // 2016年6月8日
  { re: /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu, parse: (g) => [n(g[0]), n(g[1]), n(g[2])] },
  // 二〇二〇年七月十三日 (dates written in Chinese numerals, common on official seals)
  { re: /([〇零○一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/gu, parse: (g) => [hanzi(g[0]), hanzi(g[1]), hanzi(g[2])] },
  // the 14th day of March, 2017 / 14th day of March 2017
  { re: new RegExp(`(?<!\\d)${D}${ORD}\\s+day\\s+of\\s+${M},?\\s+(?:in\\s+the\\s+year\\s+)?${Y}`, 'giu'), parse: (g) => [n(g[2]), monthNumber(g[1] as string) ?? 0, n(g[0])] },
  // March 14, 2017 / Mar. 14th 2017 / March 14 2017
  // "March 14, 2017", and as letters in a hurry write it: "Dec.12th,2019".
  { re: new RegExp(`(?<!${L})${M}\\s*${D}${ORD}(?:st|nd|rd|th)?(?:,\\s*|\\s+)${Y}(?!\\d)`, 'giu'), parse: (g) => [n(g[2]), monthNumber(g[0] as string) ?? 0, n(g[1])] },
  // 14 March 2017 / 14 de março de 2023 / 25 марта 2020 / 14. März 2017 / 1er mars 2017 / «14» марта 2017
  {
    // "14 March 2017", "14 de marzo de 2017", "22nd,Jan,2021"
    re: new RegExp(`(?<!\\d)[«"]?${D}${ORD}[»"]?(?:,\\s*|\\s*)(?:de\\s+|of\\s+)?${M}(?!${L}),?\\s*(?:de\\s+|del\\s+)?${Y}(?!\\d)`, 'giu'),
    parse: (g) => [n(g[2]), monthNumber(g[1] as string) ?? 0, n(g[0])],
  },
  // 14-Mar-2017
  { re: new RegExp(`(?<!\\d)${D}-${M}-${Y}(?!\\d)`, 'giu'), parse: (g) => [n(g[2]), monthNumber(g[1] as string) ?? 0, n(g[0])] },
  // 14.03.2017 (dotted: always day first)
  { re: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d])/gu, parse: (g) => [n(g[2]), n(g[1]), n(g[0])] },
  // 03/14/2017 or 14/03/2017
  {
    // Not inside a reference number ("B-1678/M.KOMINFO/PI.02.02/06/2024").
    re: /(?<![\d/.])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?![\d/])/gu,
    parse: (g, order) => {
      const a = n(g[0])
      const b = n(g[1])
      const y = n(g[2])
      if (a > 12) return [y, b, a]
      if (b > 12) return [y, a, b]
      return order === 'mdy' ? [y, a, b] : [y, b, a]
    },
  },
]

const HANZI_DIGITS: Record<string, number> = { 〇: 0, 零: 0, '○': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** 二〇二〇 -> 2020 (digit by digit), 十三 -> 13, 七 -> 7. */
function hanzi(s: string | undefined): number {
  if (!s) return NaN
  if (s.length === 4 && !s.includes('十')) return Number([...s].map((c) => HANZI_DIGITS[c] ?? NaN).join(''))
  const ten = s.indexOf('十')
  if (ten < 0) return HANZI_DIGITS[s] ?? NaN
  const tens = ten === 0 ? 1 : (HANZI_DIGITS[s.slice(0, ten)] ?? NaN)
  const units = ten === s.length - 1 ? 0 : (HANZI_DIGITS[s.slice(ten + 1)] ?? NaN)
  return tens * 10 + units
}

function n(s: string | undefined): number {
  return s === undefined ? NaN : parseInt(s, 10)
}

function validDate(y: number, m: number, d: number): boolean {
  if (!(y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return false
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return d <= days
}

export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

const TIME_AFTER = /^(?:T|[\s,]*(?:at|à|a las|às|um|в|saat)?\s*)(\d{1,2})[:h](\d{2})\s*(a\.?\s?m\.?|p\.?\s?m\.?|uhr|h)?/iu
const TIME_BEFORE = /(\d{1,2})[:.](\d{2})\s*(a\.?\s?m\.?|p\.?\s?m\.?)?\s*(?:,?\s*(?:on|le|el|am|on the))?\s*$/iu

function to24(h: number, min: number, meridiem: string | undefined): string | undefined {
  if (!(h >= 0 && h <= 23 && min >= 0 && min <= 59)) return undefined
  let hour = h
  const mer = meridiem?.toLowerCase().replace(/[.\s]/g, '')
  if (mer === 'pm' && hour < 12) hour += 12
  if (mer === 'am' && hour === 12) hour = 0
  return `${String(hour).padStart(2, '0')}:${String(min).padStart(2, '0')}`
}

function timeNear(text: string, start: number, end: number): string | undefined {
  const a = TIME_AFTER.exec(text.slice(end, end + 30))
  if (a) return to24(n(a[1]), n(a[2]), a[3])
  const b = TIME_BEFORE.exec(text.slice(Math.max(0, start - 30), start))
  if (b) return to24(n(b[1]), n(b[2]), b[3])
  return undefined
}

/** Every full date (day, month and year) in the text, in order of position, without overlaps. */
export function findDates(text: string, order: DateOrder = 'mdy'): FoundDate[] {
  const found: FoundDate[] = []
  const taken = new Occupancy(text.length)
  for (const { re, parse } of PATTERNS) {
    re.lastIndex = 0
    for (let m = re.exec(text); m && found.length < MAX_MATCHES; m = re.exec(text)) {
      const start = m.index
      const end = start + m[0].length
      if (!taken.isFree(start, end)) continue
      const ymd = parse(m.slice(1) as string[], order)
      if (!ymd || !validDate(...ymd)) continue
      taken.take(start, end)
      const date: FoundDate = { start, end, text: m[0], iso: isoDate(...ymd) }
      const time = timeNear(text, start, end)
      if (time) date.time = time
      found.push(date)
    }
  }
  for (const date of findWordDates(text)) {
    if (!taken.isFree(date.start, date.end)) continue
    taken.take(date.start, date.end)
    found.push(date)
  }
  return found.sort((a, b) => a.start - b.start)
}

/** US documents write 03/04/2017 month first; nearly everyone else day first. */
export function guessDateOrder(text: string): DateOrder {
  const us = /\b(?:United States|U\.S\.C\.|Department of|District Court|County|State of)\b/.test(text)
  const foreign = /[\u0400-\u04FF\u4E00-\u9FFF]|\b(?:de|del|der|des|och|und|et|le|la)\b.*\b(?:de|del|der|des|und|et|le|la)\b/u.test(text.slice(0, 3000))
  return us || !foreign ? 'mdy' : 'dmy'
}

/** Adds days to an ISO date; `workingDays` skips Saturdays and Sundays (public holidays are not known). */
export function addDays(iso: string, days: number, workingDays = false): string {
  const [y, m, d] = iso.split('-').map((s) => parseInt(s, 10)) as [number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  if (!workingDays) {
    date.setUTCDate(date.getUTCDate() + days)
  } else {
    let left = days
    while (left > 0) {
      date.setUTCDate(date.getUTCDate() + 1)
      const wd = date.getUTCDay()
      if (wd !== 0 && wd !== 6) left--
    }
  }
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())
}
