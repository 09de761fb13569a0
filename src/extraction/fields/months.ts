/**
 * Month names in the languages demands arrive in, with the inflected forms the date patterns
 * meet (Russian genitive "марта", Portuguese "março", German "März"/"Maerz", Turkish "Ekim").
 * Keys are lower-case; values are month numbers.
 */
const MONTHS: Record<string, number> = {}

function add(month: number, ...names: string[]): void {
  for (const n of names) MONTHS[n] = month
}

// English (with the usual abbreviations), Spanish, Portuguese, French, German, Italian, Dutch, Indonesian, Turkish, Russian.
add(1, 'january', 'jan', 'enero', 'janeiro', 'janvier', 'januar', 'jänner', 'gennaio', 'januari', 'ocak', 'января', 'январь', 'янв')
add(2, 'february', 'feb', 'febrero', 'fevereiro', 'février', 'fevrier', 'februar', 'febbraio', 'februari', 'şubat', 'subat', 'февраля', 'февраль', 'фев')
add(3, 'march', 'maret', 'mar', 'marzo', 'março', 'marco', 'mars', 'märz', 'maerz', 'maart', 'mart', 'марта', 'март', 'мар')
add(4, 'april', 'apr', 'abril', 'avril', 'aprile', 'nisan', 'апреля', 'апрель', 'апр')
add(5, 'may', 'mayo', 'maio', 'mai', 'maggio', 'mei', 'mayıs', 'mayis', 'мая', 'май')
add(6, 'june', 'jun', 'junio', 'junho', 'juin', 'juni', 'giugno', 'haziran', 'июня', 'июнь', 'июн')
add(7, 'july', 'jul', 'julio', 'julho', 'juillet', 'juli', 'luglio', 'temmuz', 'июля', 'июль', 'июл')
add(8, 'august', 'aug', 'agosto', 'août', 'aout', 'augustus', 'ağustos', 'agustos', 'августа', 'август', 'авг')
add(9, 'september', 'sep', 'sept', 'septiembre', 'setiembre', 'setembro', 'septembre', 'settembre', 'eylül', 'eylul', 'сентября', 'сентябрь', 'сен')
add(10, 'october', 'oct', 'octubre', 'outubro', 'octobre', 'oktober', 'ottobre', 'ekim', 'октября', 'октябрь', 'окт')
add(11, 'november', 'nov', 'noviembre', 'novembro', 'novembre', 'kasım', 'kasim', 'ноября', 'ноябрь', 'ноя')
add(12, 'december', 'desember', 'dec', 'diciembre', 'dezembro', 'décembre', 'decembre', 'dezember', 'dicembre', 'aralık', 'aralik', 'декабря', 'декабрь', 'дек')

// Polish and Ukrainian, in the genitive a date takes ("14 lutego 2024 r.", "15 березня 2023 р.").
const GENITIVE_PL_UK: string[][] = [
  ['stycznia', 'січня'], ['lutego'], ['marca', 'березня'], ['kwietnia', 'квітня'], ['maja', 'травня'], ['czerwca', 'червня'],
  ['lipca', 'липня'], ['sierpnia', 'серпня'], ['września', 'wrzesnia', 'вересня'], ['października', 'pazdziernika', 'жовтня'], ['listopada'], ['grudnia', 'грудня'],
]
GENITIVE_PL_UK.forEach((names, i) => add(i + 1, ...names))

export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')]
}

/** Alternation of every month name, longest first so "sept" wins over "sep". */
export const MONTH_PATTERN = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|')
