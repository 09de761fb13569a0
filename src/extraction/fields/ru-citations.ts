/**
 * Russian law as the corpus writes it: `RU Federal Law No. 149-FZ of 27.07.2006 art. 15.1`.
 * Russian cites the article first and the law after ("статьей 15.1 Федерального закона от ...
 * № 149-ФЗ"), often by title only ("Об информации...") or as "the said law"; the law's date is
 * kept when the document gives it anywhere.
 */
import type { Span } from '../types.js'
import { ARTICLE_LIST, parseArticleList } from './article-lists.js'
import { citationKey, type FoundCitation } from './citation-types.js'
import { findDates } from './dates.js'
import { Occupancy, span } from './text.js'
import { uni } from './uni.js'

type LawMention = { start: number; end: number; id: string; label: string; date: string | null; numbered: boolean; reference?: boolean; country?: string }

const TITLES: [RegExp, string, string][] = [
  [/^об информации/i, '149-FZ', 'Federal Law No. 149-FZ'],
  [/^(?:about|on) information/i, '149-FZ', 'Federal Law No. 149-FZ'],
  [/^о связи/i, '126-FZ', 'Federal Law No. 126-FZ'],
  [/^о персональных данных/i, '152-FZ', 'Federal Law No. 152-FZ'],
  [/^о противодействии экстремистской/i, '114-FZ', 'Federal Law No. 114-FZ'],
  [/^об оперативно-розыскной/i, '144-FZ', 'Federal Law No. 144-FZ'],
  [/^о государственном регулировании деятельности по организации и проведению азартных/i, '244-FZ', 'Federal Law No. 244-FZ'],
  [/^об охране здоровья граждан от воздействия/i, '15-FZ', 'Federal Law No. 15-FZ'],
  [/^об основных гарантиях прав ребенка/i, '124-FZ', 'Federal Law No. 124-FZ'],
]

const DATE = String.raw`(\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\s+[а-я]+\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{4}|[A-Z][a-z]+\s+\d{1,2},\s+\d{4})`

const LAWS: { re: RegExp; make: (m: RegExpExecArray) => Omit<LawMention, 'start' | 'end'> | null }[] = [
  {
    re: uni(new RegExp(String.raw`(?:Федеральн\w+\s+закон\w*|ФЗ)\s*(?:от\s+${DATE}\s*(?:г\.|года)?\s*)?(?:№|N)\s*(\d+)(?:-ФЗ)?(?:\s+от\s+${DATE})?`, 'giu')),
    make: (m) => ({ id: `${m[2]}-FZ`, label: `Federal Law No. ${m[2]}-FZ`, date: m[1] ?? m[3] ?? null, numbered: true }),
  },
  {
    re: new RegExp(String.raw`Federal\s+Law\s+(?:No\.?|№)\s*(\d+)-FZ(?:\s+(?:of|from|dated)\s+${DATE})?`, 'giu'),
    make: (m) => ({ id: `${m[1]}-FZ`, label: `Federal Law No. ${m[1]}-FZ`, date: m[2] ?? null, numbered: true }),
  },
  // "Federal Law of July 27, 2006 № 149-FZ": the date before the number, as some translations put it.
  {
    re: new RegExp(String.raw`Federal\s+Law\s+(?:of|from|dated)\s+${DATE}\s*(?:No\.?|№|N)?\s*(\d+)-FZ`, 'giu'),
    make: (m) => ({ id: `${m[2]}-FZ`, label: `Federal Law No. ${m[2]}-FZ`, date: m[1] ?? null, numbered: true }),
  },
  {
    re: new RegExp(String.raw`(?:resolution|decree)\s+of\s+the\s+Government\s+of\s+the\s+Russian\s+Federation\s+(?:of|on|from|dated)\s+${DATE}\s*(?:No\.?|№|N)?\s*(\d{2,5})\b`, 'giu'),
    make: (m) => ({ id: `gov-${m[2]}`, label: `Government Resolution No. ${m[2]}`, date: m[1] ?? null, numbered: true }),
  },
  {
    re: uni(/(?:Федеральн\w+\s+закон\w*|Federal\s+Law)\s*[«"„“]\s*([^»"”]{4,90})/giu),
    make: (m) => {
      const title = TITLES.find(([re]) => re.test((m[1] as string).trim()))
      return title ? { id: title[1], label: title[2], date: null, numbered: true } : null
    },
  },
  { re: uni(/Закон\w*\s+(?:РФ|Российской\s+Федерации)\s*[«"„]\s*О защите прав потребителей/giu), make: () => ({ id: 'consumer', label: 'Law on Protection of Consumer Rights', date: null, numbered: false }) },
  { re: uni(/Гражданск\w+\s+кодекс\w*/giu), make: () => ({ id: 'civil', label: 'Civil Code', date: null, numbered: false }) },
  { re: uni(/КоАП(?:\s+РФ)?|Кодекс\w*\s+(?:Российской\s+Федерации\s+)?об\s+административных\s+правонарушениях/gu), make: () => ({ id: 'koap', label: 'Code of Administrative Offences', date: null, numbered: false }) },
  { re: uni(/КАС(?:\s+РФ)?|Кодекс\w*\s+административного\s+судопроизводства/gu), make: () => ({ id: 'kas', label: 'Code of Administrative Procedure', date: null, numbered: false }) },
  // Ukraine's codes, cited the same way: "ч. 2 ст. 156-1 та ч. 1 ст. 146 Кримінального кодексу України".
  { re: uni(/КПК(?:\s+України)?|Кримінальн\w+\s+процесуальн\w+\s+кодекс\w*(?:\s+України)?/gu), make: () => ({ id: 'ua-kpk', label: 'Criminal Procedure Code', date: null, numbered: false, country: 'UA' }) },
  { re: uni(/КК(?:\s+України)|Кримінальн\w+\s+кодекс\w*(?:\s+України)?/gu), make: () => ({ id: 'ua-kk', label: 'Criminal Code', date: null, numbered: false, country: 'UA' }) },
  { re: uni(/УПК(?:\s+РФ)?|Уголовно-процессуальн\w+\s+кодекс\w*/gu), make: () => ({ id: 'upk', label: 'Code of Criminal Procedure', date: null, numbered: false }) },
  { re: uni(/УК(?:\s+РФ)|Уголовн\w+\s+кодекс\w*/gu), make: () => ({ id: 'uk', label: 'Criminal Code', date: null, numbered: false }) },
  { re: uni(/ГПК(?:\s+РФ)?/gu), make: () => ({ id: 'gpk', label: 'Code of Civil Procedure', date: null, numbered: false }) },
  {
    re: uni(new RegExp(String.raw`постановлени\w+\s+Правительства\s+(?:РФ|Российской\s+Федерации)\s+от\s+${DATE}\s*(?:г\.|года)?\s*(?:№|N)\s*(\d+)`, 'giu')),
    make: (m) => ({ id: `gov-${m[2]}`, label: `Government Resolution No. ${m[2]}`, date: m[1] ?? null, numbered: true }),
  },
  { re: uni(/(?:указанного|вышеуказанного|данного|этого|настоящего|названного)\s+(?:федерального\s+)?закона|the\s+(?:said|above(?:-mentioned)?)\s+(?:Federal\s+)?Law/giu), make: () => ({ id: 'ref', label: '', date: null, numbered: false, reference: true }) },
]

const ARTICLE = uni(new RegExp(String.raw`(?:\bст(?:\.\s*ст)?\.|\bстат(?:ья|ьи|ье|ьей|ьёй|ей|ьям|ьями|тя|ті|тею)\b|\bart(?:icles?|s?\.)\s*)\s*(${ARTICLE_LIST})`, 'giu'))

/** The government's rules for the register of prohibited sites, cited by paragraph. */
const REGISTER_RULES = uni(/(?:пункт\w*|п\.)\s*(\d+)\s*[«"„]?\s*Правил\w*\s+создания,?\s+формирования\s+и\s+ведения\s+единой\s+автоматизированной/giu)

/** 27 июля 2006 / 7/27/2006 / 27.07.2006 -> 27.07.2006, the corpus style for Russian law dates. */
function dotted(raw: string | null): string | null {
  if (!raw) return null
  const d = findDates(raw, /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(raw) ? 'mdy' : 'dmy')[0]
  if (!d) return null
  const [y, m, day] = d.iso.split('-')
  return `${day}.${m}.${y}`
}

function lawMentions(text: string): LawMention[] {
  const out: LawMention[] = []
  const taken = new Occupancy(text.length)
  for (const { re, make } of LAWS) {
    re.lastIndex = 0
    for (let m = re.exec(text); m && out.length < 5000; m = re.exec(text)) {
      const start = m.index
      const end = start + m[0].length
      if (!taken.isFree(start, end)) continue
      taken.take(start, end)
      const made = make(m)
      if (made) out.push({ ...made, date: dotted(made.date), start, end })
    }
  }
  out.sort((a, b) => a.start - b.start)
  // "The said law" is the law last named before it.
  for (let i = 0; i < out.length; i++) {
    const l = out[i] as LawMention
    if (!l.reference) continue
    const previous = out.slice(0, i).reverse().find((p) => !p.reference)
    if (previous) out[i] = { ...previous, start: l.start, end: l.end }
  }
  return out.filter((l) => !l.reference)
}

const LIST_JOIN = uni(/^[\s,;]*(?:и|а также|та|і|,)\s*(?:(?:ч\.|част\w*|п\.|пункт\w*)\s*\d+\s*)*$/iu)

export function findRuCitations(text: string): FoundCitation[] {
  if (!/[\u0400-\u04FF]/.test(text) && !/\b\d+-FZ\b|Russian Federation|Roskomnadzor/i.test(text)) return []
  const laws = lawMentions(text)
  if (laws.length === 0) return []
  const dates = new Map<string, string>()
  for (const l of laws) if (l.date && !dates.has(l.id)) dates.set(l.id, l.date)
  const render = (l: LawMention, article?: string): string => {
    const date = dates.get(l.id)
    return `${l.country ?? 'RU'} ${l.label}${date ? ` of ${date}` : ''}${article ? ` art. ${article}` : ''}`
  }
  const out: FoundCitation[] = []
  const articlesOf = new Set<string>()
  const articles = [...text.matchAll(ARTICLE)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, list: m[1] as string }))
  // "ч. 3 ст. 159 и ч. 2 ст. 272 УК РФ": an article joined to the next by "и" or a comma shares its law.
  const lawOf: (LawMention | undefined)[] = []
  for (let i = articles.length - 1; i >= 0; i--) {
    const a = articles[i] as (typeof articles)[number]
    const next = articles[i + 1]
    const nextArticle = next?.start ?? Infinity
    const own = laws.find((l) => l.start >= a.end && l.start - a.end <= 160 && l.start < nextArticle)
    const joined = next && LIST_JOIN.test(text.slice(a.end, next.start)) ? lawOf[i + 1] : undefined
    lawOf[i] = own ?? joined
  }
  for (const [i, a] of articles.entries()) {
    const law = lawOf[i]
    if (!law) continue
    const ev: Span = span(text, a.start, law.end)
    for (const n of parseArticleList(a.list)) {
      const normalized = render(law, n)
      out.push({ text: normalized, key: citationKey(normalized), evidence: ev })
      articlesOf.add(law.id)
    }
  }
  for (const m of text.matchAll(REGISTER_RULES)) {
    const normalized = `RU Rules of the Unified Register of prohibited information para. ${m[1]}`
    out.push({ text: normalized, key: citationKey(normalized), evidence: span(text, m.index ?? 0, (m.index ?? 0) + m[0].length) })
  }
  for (const l of laws) {
    if (!l.numbered || articlesOf.has(l.id)) continue
    const normalized = render(l)
    out.push({ text: normalized, key: citationKey(normalized), evidence: span(text, l.start, l.end) })
    articlesOf.add(l.id)
  }
  return out
}
