/** Small numbers written as words ("three", "dois", "трех", "十五"), as deadlines write them. */
const WORDS: Record<string, number> = {}

function add(value: number, ...names: string[]): void {
  for (const n of names) WORDS[n] = value
}

add(1, 'one', 'a', 'an', 'uno', 'una', 'um', 'uma', 'un', 'une', 'ein', 'eine', 'einem', 'einer', 'один', 'одного', 'одних', 'одной', 'bir')
add(2, 'two', 'dos', 'dois', 'duas', 'deux', 'zwei', 'два', 'двух', 'iki')
add(3, 'three', 'tres', 'três', 'trois', 'drei', 'три', 'трех', 'трёх', 'üç')
add(4, 'four', 'cuatro', 'quatro', 'quatre', 'vier', 'четыре', 'четырех', 'четырёх', 'dört')
add(5, 'five', 'cinco', 'cinq', 'fünf', 'пять', 'пяти', 'beş')
add(6, 'six', 'seis', 'sechs', 'шесть', 'шести', 'altı')
add(7, 'seven', 'siete', 'sete', 'sept', 'sieben', 'семь', 'семи', 'yedi')
add(8, 'eight', 'ocho', 'oito', 'huit', 'acht', 'восемь', 'восьми', 'sekiz')
add(9, 'nine', 'nueve', 'nove', 'neuf', 'neun', 'девять', 'девяти', 'dokuz')
add(10, 'ten', 'diez', 'dez', 'dix', 'zehn', 'десять', 'десяти', 'on')
add(12, 'twelve', 'doce', 'doze', 'douze', 'zwölf', 'двенадцати')
add(14, 'fourteen', 'catorce', 'quatorze', 'vierzehn', 'четырнадцати')
add(15, 'fifteen', 'quince', 'quinze', 'fünfzehn', 'пятнадцати', 'on beş')
add(20, 'twenty', 'veinte', 'vinte', 'vingt', 'zwanzig', 'двадцати', 'yirmi')
add(21, 'twenty-one', 'twenty one')
add(24, 'twenty-four', 'twenty four', 'veinticuatro', 'vinte e quatro', 'vingt-quatre', 'vierundzwanzig', 'двадцати четырех')
add(30, 'thirty', 'treinta', 'trinta', 'trente', 'dreißig', 'тридцати', 'otuz')
add(45, 'forty-five', 'forty five')
add(48, 'forty-eight', 'forty eight', 'cuarenta y ocho', 'quarenta e oito', 'quarante-huit', 'achtundvierzig')
add(60, 'sixty')
add(72, 'seventy-two', 'seventy two', 'setenta y dos', 'setenta e duas', 'soixante-douze')
add(90, 'ninety', 'noventa', 'quatre-vingt-dix', 'neunzig', 'девяноста')

const CJK_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

function cjkNumber(s: string): number | undefined {
  if (!/^[一二两三四五六七八九十]+$/.test(s)) return undefined
  const ten = s.indexOf('十')
  if (ten < 0) return CJK_DIGITS[s]
  const tens = ten === 0 ? 1 : CJK_DIGITS[s.slice(0, ten)]
  const units = ten === s.length - 1 ? 0 : CJK_DIGITS[s.slice(ten + 1)]
  return tens === undefined || units === undefined ? undefined : tens * 10 + units
}

export function parseSmallNumber(raw: string): number | undefined {
  const s = raw.trim().toLowerCase()
  if (/^\d{1,4}$/.test(s)) return parseInt(s, 10)
  return WORDS[s] ?? cjkNumber(s)
}

/** Alternation for number words, longest first; use with the `iu` flags. */
export const NUMBER_WORD_PATTERN = Object.keys(WORDS)
  .filter((w) => w.length > 2)
  .sort((a, b) => b.length - a.length)
  .join('|')
