/**
 * Dates written out in words, as Spanish, Portuguese and French courts and police date their acts:
 * "a siete de octubre de dos mil veinticuatro", "aos vinte e três dias do mês de abril de dois mil
 * e vinte e quatro", "L'an deux mille vingt-quatre, le vingt-trois avril". Years 2000-2099 only:
 * the documents Custodian reads are recent, and a wrong century is worse than no date.
 */
import type { FoundDate } from './dates.js'
import { MONTH_PATTERN, monthNumber } from './months.js'

const UNITS: Record<string, number> = {
  // Spanish
  uno: 1, un: 1, primero: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
  once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciséis: 16, dieciseis: 16, diecisiete: 17, dieciocho: 18,
  diecinueve: 19, veinte: 20, veintiuno: 21, veintiún: 21, veintidós: 22, veintidos: 22, veintitrés: 23, veintitres: 23,
  veinticuatro: 24, veinticinco: 25, veintiséis: 26, veintiseis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29,
  treinta: 30, cuarenta: 40, cincuenta: 50,
  // Portuguese
  um: 1, primeiro: 1, dois: 2, duas: 2, três: 3, quatro: 4, sete: 7, oito: 8, nove: 9, dez: 10, onze: 11, doze: 12, treze: 13,
  quatorze: 14, catorze: 14, quinze: 15, dezesseis: 16, dezasseis: 16, dezessete: 17, dezassete: 17, dezoito: 18,
  dezenove: 19, dezanove: 19, vinte: 20, trinta: 30, quarenta: 40, cinquenta: 50,
  // French
  premier: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, douze: 12,
  treize: 13, seize: 16, vingt: 20, trente: 30, quarante: 40, cinquante: 50,
}
const JOINERS = new Set(['y', 'e', 'et'])

function tokens(words: string): string[] {
  return words.toLowerCase().replace(/-/g, ' ').split(/\s+/).filter((t) => t && !JOINERS.has(t))
}

function sum(list: string[]): number | null {
  if (list.length === 0 || list.length > 3) return null
  let total = 0
  for (const t of list) {
    const v = UNITS[t]
    if (v === undefined) return null
    total += v
  }
  return total
}

/** "veinticuatro", "vinte e quatro", "vingt-quatre", "trente et un" -> the number, or null. */
export function wordNumber(words: string): number | null {
  return sum(tokens(words))
}

/** The number the last words make ("a siete" -> 7): the words before a day are not part of it. */
function lastNumber(words: string): number | null {
  const list = tokens(words)
  for (let i = 0; i < list.length; i++) {
    const value = sum(list.slice(i))
    if (value !== null) return value
  }
  return null
}

/** The number the first words make ("vingt-cinq à dix" -> 25). */
function firstNumber(words: string): number | null {
  const list = tokens(words)
  for (let n = Math.min(3, list.length); n > 0; n--) {
    const value = sum(list.slice(0, n))
    if (value !== null) return value
  }
  return null
}

const NUMBER_WORD = String.raw`[\p{L}]+(?:(?:[ -]|\s(?:y|e|et)\s)[\p{L}]+){0,3}?`
/** Greedy: the tail of the year is cut to the words that are numbers afterwards ("vingt-cinq à dix heures"). */
const YEAR_WORDS = String.raw`[\p{L}]+(?:(?:[ -]|\s(?:y|e|et)\s)[\p{L}]+){0,3}`
const YEAR = String.raw`(?:dos mil|dois mil|deux mille|deux mil)(?:\s+(?:e\s+)?(${YEAR_WORDS}))?`
const PATTERNS: RegExp[] = [
  // "a siete de octubre de dos mil veinticuatro", "aos vinte e três dias do mês de abril de dois mil e vinte e quatro"
  new RegExp(String.raw`\b(${NUMBER_WORD})\s+(?:dias?\s+)?(?:de|do mês de)\s+(${MONTH_PATTERN})\s+de[l]?\s+(?:año\s+|ano\s+)?${YEAR}\b`, 'giu'),
  // "le vingt-trois avril deux mille vingt-quatre"
  new RegExp(String.raw`\b(?:le\s+)(${NUMBER_WORD})\s+(${MONTH_PATTERN})\s+${YEAR}\b`, 'giu'),
]
/** "L'an deux mille vingt-quatre, le vingt-trois avril": the year first. */
const YEAR_FIRST = new RegExp(String.raw`\bL['’]an\s+${YEAR}\s*,?\s+le\s+(${NUMBER_WORD})\s+(${MONTH_PATTERN})\b`, 'giu')

function make(text: string, start: number, end: number, day: number | null, month: number | undefined, yearTail: number | null): FoundDate | null {
  if (!day || !month || day > 31 || yearTail === null || yearTail > 99) return null
  const iso = `${2000 + yearTail}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  const check = new Date(`${iso}T00:00:00Z`)
  if (Number.isNaN(check.getTime()) || check.getUTCDate() !== day) return null
  return { start, end, text: text.slice(start, end), iso }
}

export function findWordDates(text: string): FoundDate[] {
  const out: FoundDate[] = []
  for (const re of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0
      const date = make(text, start, start + m[0].length, lastNumber(m[1] as string), monthNumber(m[2] as string), m[3] ? firstNumber(m[3]) : 0)
      if (date) out.push(date)
    }
  }
  for (const m of text.matchAll(YEAR_FIRST)) {
    const start = m.index ?? 0
    const date = make(text, start, start + m[0].length, lastNumber(m[2] as string), monthNumber(m[3] as string), m[1] ? firstNumber(m[1]) : 0)
    if (date) out.push(date)
  }
  return out
}
