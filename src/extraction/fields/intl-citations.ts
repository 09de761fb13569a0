/**
 * Foreign and EU law other than Russian, normalized as the corpus does (`CC Law/Code ... art. N`,
 * in English where the code has a usual English name): Brazil and Portugal, Turkey, Germany and
 * Austria, France, Spain and Latin America, the Netherlands, China, common-law Acts and Rules
 * (India, UK, Ireland, Canada, Australia...), EU regulations in several languages.
 */
import { ARTICLE_LIST, parseArticleList } from './article-lists.js'
import { citationKey, type FoundCitation } from './citation-types.js'
import { span } from './text.js'
import { uni } from './uni.js'

/** `commonLaw`: rules for Acts and Rules of common-law countries, never applied to U.S. documents. */
type Rule = { re: RegExp; build: (m: RegExpExecArray, country: string | null, text: string) => string[]; commonLaw?: true }

const LUSO_NAMES: Record<string, string> = { '12.965/2014': 'Marco Civil da Internet', '13.709/2018': 'LGPD', '109/2009': 'Lei do Cibercrime' }

function lusoLaw(number: string, year: string | undefined, country: string | null): string {
  const n = year ? `${number}/${year}` : number
  const name = LUSO_NAMES[n]
  // Brazilian law numbers have a thousands dot (12.965); Portuguese ones do not (109/2009).
  const cc = country === 'PT' || country === 'BR' ? country : /\./.test(number) ? 'BR' : 'PT'
  return `${cc} Lei ${n}${name ? ` (${name})` : ''}`
}

function each(list: string, render: (article: string) => string): string[] {
  return parseArticleList(list).map(render)
}

const CN_LAWS: [RegExp, string][] = [
  [/网络安全法/u, 'Cybersecurity Law'],
  [/刑事诉讼法/u, 'Criminal Procedure Law'],
  [/数据安全法/u, 'Data Security Law'],
  [/个人信息保护法/u, 'Personal Information Protection Law'],
  [/反恐怖主义法/u, 'Counter-Terrorism Law'],
  [/国家安全法/u, 'National Security Law'],
  [/互联网信息服务管理办法/u, 'Measures for the Administration of Internet Information Services'],
  [/刑法/u, 'Criminal Law'],
]

const CJK_NUM: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** 第四十七条 -> 47 (up to the hundreds). */
export function chineseNumeral(raw: string): number | null {
  if (/^\d+$/.test(raw)) return Number(raw)
  let total = 0
  let current = 0
  for (const ch of raw) {
    if (ch === '百') {
      total += (current || 1) * 100
      current = 0
    } else if (ch === '十') {
      total += (current || 1) * 10
      current = 0
    } else if (ch in CJK_NUM) {
      current = CJK_NUM[ch] as number
    } else {
      return null
    }
  }
  return total + current
}

/** Countries as English names their codes: "the Polish Criminal Code". */
const COUNTRY_ADJECTIVES: Record<string, string> = {
  Polish: 'PL', German: 'DE', French: 'FR', Spanish: 'ES', Italian: 'IT', Russian: 'RU', Brazilian: 'BR', Portuguese: 'PT', Belgian: 'BE',
  Dutch: 'NL', Austrian: 'AT', Swiss: 'CH', Ukrainian: 'UA', Turkish: 'TR', Mexican: 'MX', Argentine: 'AR', Argentinian: 'AR',
  Colombian: 'CO', Chilean: 'CL', Czech: 'CZ', Romanian: 'RO', Hungarian: 'HU', Greek: 'GR', Japanese: 'JP', Korean: 'KR',
}

/** Spanish-language laws by name, with the country they belong to. */
const ES_LAWS: [RegExp, string, string][] = [
  [/^(?:Ley de Enjuiciamiento Criminal|LECrim)/iu, 'ES', 'Criminal Procedure Act (LECrim)'],
  [/^Constitución Política de los Estados Unidos Mexicanos/iu, 'MX', 'Constitution'],
  [/^Constitución Española/iu, 'ES', 'Constitution'],
  [/^Código Nacional de Procedimientos Penales/iu, 'MX', 'National Code of Criminal Procedure'],
  [/^Ley Federal de Telecomunicaciones y Radiodifusión/iu, 'MX', 'Federal Telecommunications and Broadcasting Law'],
  [/^Código Penal/iu, '', 'Criminal Code'],
  [/^Código (?:Procesal Penal|de Procedimiento Penal)/iu, '', 'Code of Criminal Procedure'],
]
const ES_LAW_NAMES = String.raw`Ley de Enjuiciamiento Criminal|LECrim|Constitución Política de los Estados Unidos Mexicanos|Constitución Española|Código Nacional de Procedimientos Penales|Ley Federal de Telecomunicaciones y Radiodifusión|Código Penal|Código Procesal Penal|Código de Procedimiento Penal|Ley (?:Orgánica )?\d+\/\d{4}`
const ES_NUMBER = String.raw`\d+(?: (?:bis|ter|quater|quinquies|sexies|septies))?(?: [a-k](?![\p{L}]))?(?:,?\s+fracci[óo]n\s+[IVXLC]+)?`

const ES_GROUP = uni(new RegExp(String.raw`((?:${ES_NUMBER}(?:\s*(?:,|y|e)\s*)?)+)\s+(?:de\s+la|del)\s+(${ES_LAW_NAMES})`, 'giu'))

function esLaw(name: string, country: string | null): { cc: string; law: string } {
  const flat = name.replace(/\s+/g, ' ')
  const known = ES_LAWS.find(([re]) => re.test(flat))
  if (known) return { cc: known[1] || country || 'ES', law: known[2] }
  return { cc: country ?? 'ES', law: flat.replace(/^Ley\s+/i, 'Law ') }
}

/** "Section 69A of the Information Technology Act, 2000": Acts of common-law countries (not used for U.S. documents). */
const COMMON_LAW_ACT = /\b[Ss](?:ection|ec\.)\s+(\d+(?:\.\d+)*[A-Z]{0,2})((?:\s?\(\w{1,4}\))*)\s+of\s+(?:the\s+|this\s+)?((?:(?:[A-Z(][\w()’'-]*|and|of|for|the|on|from|to|in|with|by)\s+){0,10}?(?:Act|Sanhita|Code|Ordinance))(?:,?\s+(\d{4}))?/gu
/** "Rule 7 of the Information Technology (...) Rules, 2009"; "Rule 9 of the above Rules". */
const COMMON_LAW_RULES = /\bRule\s+(\d+[A-Z]?)((?:\s?\(\w{1,4}\))*)\s+of\s+the\s+((?:(?:[A-Z(][\w()’',-]*|and|of|for|by|the|on|above|said|these|aforesaid|same)\s+){0,16}?Rules)(?:,?\s+(\d{4}))?/gu
/** "the Data Protection Act 2018, Schedule 2, paragraph 2". */
/** "paragraph 5 of Schedule 2 to the Data Protection Act 2018". */
const SCHEDULE_REVERSED = /\bparagraph\s+(\d+)\s+of\s+Schedule\s+(\d+)\s+to\s+the\s+((?:[A-Z][\w’'-]*\s+){1,8}Act)\s+(\d{4})/gu
const SCHEDULE = /\b((?:[A-Z][\w’'-]*\s+){1,8}Act)\s+(\d{4}),?\s+Schedule\s+(\d+),?\s+(?:paragraph|para\.)\s+(\d+)/gu

/**
 * "section 264 (criminal harassment) and section 162.1 (publication, ...) of the Criminal Code",
 * "sections 264, 162.1 of the Criminal Code": a list of sections, each perhaps with a gloss in
 * brackets, before the Act or Code they belong to.
 */
const SECTION_NUMBER = String.raw`\d+(?:\.\d+)*[A-Z]{0,2}(?:\s*\([^()]{1,100}\))?`
const SECTION_LIST = new RegExp(
  String.raw`\b[Ss]ections?\s+(${SECTION_NUMBER}(?:\s*(?:,|and|&)\s*(?:[Ss]ection\s+)?${SECTION_NUMBER})*)\s+of\s+(?:the\s+)?((?:(?:[A-Z(][\w()’'-]*|and|of|for|the|on|to|in|with|by)\s+){0,10}?(?:Act|Code))(?:,?\s+(\d{4}))?`,
  'gu',
)

function commonLawCountry(act: string, country: string | null): string {
  if (country && /^[A-Z]{2}$/.test(country)) return country
  return /Sanhita|Information Technology|Code of Criminal Procedure/.test(act) ? 'IN' : 'GB'
}

const RULES: Rule[] = [
  // Brazil / Portugal: "art. 10, § 3º, da Lei 12.965/2014", "artigo 12.º da Lei n.º 109/2009, de 15 de setembro"
  {
    re: uni(new RegExp(String.raw`\bart(?:igo|s?\.)\s*(\d+)\s*(?:\.?\s*([º°]))?((?:\s*,?\s*(?:§\s*\d+\s*[º°]?|inciso\s+[IVXL]+|parágrafo único|n\.?º\s*\d+))*)\s*,?\s*d[ao]\s+Lei\s+(?:Federal\s+)?(?:n[º°o.]*\s*)?(\d{1,3}(?:\.\d{3})?)(?:\/(\d{4})|,\s+de\s+\d{1,2}\s+de\s+\p{L}+(?:\s+de\s+(\d{4}))?)`, 'giu')),
    build: (m, country) => {
      const par = (m[3] ?? '').replace(/^[\s,]+/, '').replace(/\s+/g, ' ').replace(/§\s+/g, '§').replace(/\s*,\s*/g, ' ')
      return [`${lusoLaw(m[4] as string, m[5] ?? m[6], country)} art. ${m[1]}${m[2] ? 'º' : ''}${par ? ` ${par}` : ''}`]
    },
  },
  {
    re: uni(/\bart(?:igo|s?\.)\s*(\d+)\s*([º°])?[^.;\n]{0,40}?\bd[oa]\s+(Marco Civil da Internet|Código de Processo Penal|CPP|Código Penal|Estatuto da Criança e do Adolescente|ECA|LGPD|Constituição Federal)\b/giu),
    build: (m) => {
      const name = (m[3] as string).toLowerCase().replace(/\s+/g, ' ')
      const law = name.startsWith('marco') ? lusoLaw('12.965', '2014', 'BR') : name === 'lgpd' ? lusoLaw('13.709', '2018', 'BR') : /processo|cpp/.test(name) ? 'BR Code of Criminal Procedure' : /penal/.test(name) ? 'BR Penal Code' : /constitui/.test(name) ? 'BR Constitution' : 'BR Statute of Children and Adolescents'
      return [`${law} art. ${m[1]}${m[2] ? 'º' : ''}`]
    },
  },
  // Turkey: "5651 sayılı kanunun 8/A maddesi", "5651 Sayılı Kanunu Madde 8 (1)"
  {
    re: uni(new RegExp(String.raw`\b(\d{3,5})\s+sayılı\s+(?:[\p{L}]+\s+){0,6}?Kanun\w*(?:['’]\w+)?\s+(?:(${ARTICLE_LIST})\.?\s*maddes\w*|[Mm]adde\s+(${ARTICLE_LIST}))`, 'giu')),
    build: (m) => each((m[2] ?? m[3]) as string, (a) => `TR Law No. ${m[1]} art. ${a.toUpperCase()}`),
  },
  // "5271 sayılı CMK'nın 268. maddesi": a numbered law by its abbreviation.
  {
    re: uni(new RegExp(String.raw`\b(\d{3,5})\s+sayılı\s+([A-ZÇĞİÖŞÜ]{2,6})['’]\p{L}+\s+(${ARTICLE_LIST})\.?\s*maddes\w*`, 'gu')),
    build: (m) => each(m[3] as string, (a) => `TR Law No. ${m[1]} (${m[2]}) art. ${a.toUpperCase()}`),
  },
  // "Anayasa'nın 17. ve 20. maddeleri"
  {
    re: uni(/\bAnayasa['’]n[ıi]n\s+((?:\d+\.?\s*(?:,|ve)?\s*)+)madde\w*/gu),
    build: (m) => [...(m[1] as string).matchAll(/\d+/g)].map((a) => `TR Constitution art. ${a[0]}`),
  },
  // Germany / Austria / Switzerland: "§ 100a StPO", "§§ 100j Abs. 1, 100g StPO", "§ 4 Abs. 1 Nr. 2 JMStV"
  {
    re: new RegExp(String.raw`§§?\s*((?:\d+[a-z]?(?:\s*(?:Abs\.|Absatz)\s*\d+[a-z]?)?(?:\s*(?:S\.|Satz)\s*\d+)?(?:\s*(?:Nr\.|Nummer)\s*\d+)?)(?:\s*(?:,|und)\s*\d+[a-z]?(?:\s*(?:Abs\.|Absatz)\s*\d+[a-z]?)?(?:\s*(?:S\.|Satz)\s*\d+)?(?:\s*(?:Nr\.|Nummer)\s*\d+)?)*)\s+(StPO|StGB|TMG|TKG|TTDSG|NetzDG|BKAG|BDSG|ZPO|UrhG|JMStV|GVG|DDG|KommAustG|SPG|VwGO|TDDDG|FamFG|VwVfG|ECG|TKG 2021|DSG|MedienStV|UWG)\b`, 'gu'),
    build: (m, country) => {
      // Only "§§" lists sections; after "§ 4 Abs. 1 Nr. 2 und 3" the "3" is a number of the same section.
      const parts = m[0].startsWith('§§') ? (m[1] as string).split(/\s*(?:,|und)\s*/) : [m[1] as string]
      const sections = parts.map((part) => /^\d+[a-z]?/.exec(part)?.[0]).filter((x): x is string => Boolean(x))
      return [...new Set(sections)].map((a) => `${germanCountry(m[2] as string, country)} ${m[2]} § ${a}`)
    },
  },
  {
    re: /\bArt(?:ikel|\.)\s*(\d+)(?:\s*Abs\.\s*\d+)?\s+(GG|DSGVO|DSA)\b/gu,
    build: (m, country) => [m[2] === 'GG' ? `${country ?? 'DE'} GG art. ${m[1]}` : `EU Regulation ${m[2] === 'DSA' ? '2022/2065' : '2016/679'} art. ${m[1]}`],
  },
  // France / Belgium: "article 60-1 du code de procédure pénale", "articles 60-1 et 60-2 du code de procédure pénale"
  {
    re: uni(new RegExp(String.raw`\barticles?\s+((?:[LRD]\.?\s*)?\d+(?:-\d+)*(?:\s*(?:,|et)\s*(?:[LRD]\.?\s*)?\d+(?:-\d+)*)*)\s+(?:du|de la|de l['’])\s*(code de procédure pénale|CPP|code pénal|code des postes et des communications électroniques|CPCE|loi n°\s*\d{4}-\d+|loi pour la confiance dans l['’]économie numérique|L\.?C\.?E\.?N\b\.?)`, 'giu')),
    build: (m, country) => {
      const name = (m[2] as string).toLowerCase().replace(/\s+/g, ' ')
      const cc = country && /^[A-Z]{2}$/.test(country) ? country : 'FR'
      const law = /procédure|^cpp$/.test(name) ? 'Code of Criminal Procedure' : /postes|cpce/.test(name) ? 'Postal and Electronic Communications Code' : /code pénal/.test(name) ? 'Criminal Code' : /confiance|^l\.?c\.?e\.?n/.test(name) ? 'Law No. 2004-575' : `Law No. ${name.replace(/^loi n°\s*/, '')}`
      return (m[1] as string).split(/\s*(?:,|et)\s*/).map((a) => `${cc} ${law} art. ${a.replace(/\s+/g, '').replace(/^([LRD])\.?/, '$1')}`)
    },
  },
  // Spanish: "artículo 588 ter j de la Ley de Enjuiciamiento Criminal",
  // "artículos 21 de la Constitución Política ... y 189 y 190 de la Ley Federal de Telecomunicaciones y Radiodifusión"
  {
    re: uni(new RegExp(String.raw`\bart(?:ículos?|s?\.)\s+((?:${ES_NUMBER}(?:\s*(?:,|y|e)\s*)?)+\s+(?:de\s+la|del)\s+(?:${ES_LAW_NAMES})(?:\s*(?:,|;|y)\s*(?:${ES_NUMBER}(?:\s*(?:,|y|e)\s*)?)+\s+(?:de\s+la|del)\s+(?:${ES_LAW_NAMES}))*)`, 'giu')),
    build: (m, country) => {
      const out: string[] = []
      for (const g of (m[1] as string).matchAll(ES_GROUP)) {
        const { cc, law } = esLaw(g[2] as string, country)
        // "131 fracción IX": the fraction is a subdivision of the article, as a subsection is.
        const numbers = (g[1] as string).replace(/,?\s+fracci[óo]n\s+[IVXLC]+/giu, '').split(/\s*(?:,|\by\b|\be\b)\s*/u).map((x) => x.trim().replace(/\s+/g, ' ')).filter(Boolean)
        for (const n of numbers) out.push(`${cc} ${law} art. ${n}`)
      }
      return out
    },
  },
  // Netherlands: "article 126nd of the Dutch Code of Criminal Procedure", "artikel 126nd Sv"
  {
    re: uni(/\b(?:artikel|article|art\.)\s*(\d+[a-z]{0,3})\s+(?:of\s+the\s+Dutch\s+Code\s+of\s+Criminal\s+Procedure|(?:van\s+het\s+)?Wetboek\s+van\s+Strafvordering|Sv)\b/giu),
    build: (m) => [`NL Code of Criminal Procedure art. ${m[1]}`],
  },
  // Italy: "art. 256 c.p.p.", "art. 640 c.p.", "art. 132 del d.lgs. 30 giugno 2003, n. 196"
  {
    re: /\bart(?:icolo|t?\.)\s*(\d+(?:-(?:bis|ter|quater))?)\s+(?:del\s+)?(c\.p\.p\.|c\.p\.|d\.\s?lgs\.?\s+(?:\d{1,2}\s+\p{L}+\s+)?(\d{4}),?\s+n\.\s*(\d+))/giu,
    build: (m) => {
      const code = (m[2] as string).toLowerCase()
      if (code.startsWith('c.p.p')) return [`IT Code of Criminal Procedure art. ${m[1]}`]
      if (code.startsWith('c.p')) return [`IT Criminal Code art. ${m[1]}`]
      return [`IT Legislative Decree No. ${m[4]}/${m[3]} art. ${m[1]}`]
    },
  },
  // India: "Section 91 Cr.P.C.", "u/s 66C, 66D of the Information Technology Act, 2000", "420 IPC", "Section 94 BNSS"
  {
    re: /\b(?:[Ss]ection|SECTION|[Ss]ec\.|[Uu]\/[Ss])\s+(\d+[A-Z]{0,2}(?:\(\d+\))?(?:\s*(?:,|and|&)\s*\d+[A-Z]{0,2}(?:\(\d+\))?)*)\s+(?:of\s+(?:the\s+)?)?(Cr\.?\s?P\.?\s?C\.?|IPC|BNSS|BNS|Code of Criminal Procedure,?\s+1973|Indian Penal Code|Bharatiya Nagarik Suraksha Sanhita|Bharatiya Nyaya Sanhita)(?:,?\s+2023)?/gu,
    build: (m) => {
      const code = (m[2] as string).replace(/\s+/g, '')
      // The 2023 codes are named with their year, as Acts are ("Information Technology Act 2000").
      const law = /^Cr|CodeofCriminal/i.test(code) ? 'Code of Criminal Procedure' : /^BNSS|Nagarik/.test(code) ? 'Bharatiya Nagarik Suraksha Sanhita 2023' : /^BNS$|Nyaya/.test(code) ? 'Bharatiya Nyaya Sanhita 2023' : 'Penal Code'
      return (m[1] as string).split(/\s*(?:,|and|&)\s*/).map((n) => `IN ${law} s. ${n}`)
    },
  },
  {
    commonLaw: true,
    re: /\b(?:u\/s|[Ss]ections?)\s+(\d+[A-Z]{0,2}(?:\s*(?:,|and|&)\s*\d+[A-Z]{0,2})+)\s+of\s+the\s+((?:[A-Z][\w()-]*\s+){1,6}Act),?\s+(\d{4})/gu,
    build: (m, country) => (m[1] as string).split(/\s*(?:,|and|&)\s*/).map((n) => `${commonLawCountry(m[2] as string, country)} ${(m[2] as string).replace(/\s+/g, ' ')} ${m[3]} s. ${n}`),
  },
  {
    re: /(?<![\w§])(\d{2,3}[A-Z]?)\s+(IPC|BNS)\b/g,
    build: (m) => [`IN ${m[2] === 'IPC' ? 'Penal Code' : 'Bharatiya Nyaya Sanhita 2023'} s. ${m[1]}`],
  },
  // India, civil procedure: "Order XXXIX Rules 1 and 2 of the Code of Civil Procedure, 1908"
  {
    re: /\bOrder\s+([IVXLC]+)\s+Rules?\s+(\d+(?:\s*(?:,|and|&)\s*\d+)*)\s+of\s+the\s+Code\s+of\s+Civil\s+Procedure,?\s+(\d{4})/gu,
    build: (m, country) => (m[2] as string).split(/\s*(?:,|and|&)\s*/).map((r) => `${country ?? 'IN'} Code of Civil Procedure ${m[3]} O. ${m[1]} r. ${r}`),
  },
  // The Budapest Convention in any of the languages it is cited in: "Article 29 of the Convention on
  // Cybercrime", "artículos 16 y 29 del Convenio sobre la Ciberdelincuencia", "art. 29 Konwencji ... o cyberprzestępczości".
  {
    re: uni(new RegExp(String.raw`\b(?:articles?|artículos?|artigos?|art(?:s)?\.|Artikel|статьи|статья)\s+((?:\d+(?:\s*(?:,|and|y|e|et|und|i|и)\s*)?)+)\s+(?:of\s+the\s+|del\s+|da\s+|de\s+la\s+|des\s+)?(?:[\p{L}]+\s+){0,5}?(?:Convention on Cybercrime|Budapest Convention|Convenio (?:sobre la Ciberdelincuencia|de Budapest)|Convenção (?:sobre o Cibercrime|de Budapeste)|Convention sur la cybercriminalité|Übereinkommens? über Computerkriminalität|Konwencji[^.\n]{0,40}?o cyberprzestępczości|Конвенции о киберпреступности)`, 'giu')),
    build: (m) => (m[1] as string).split(/\s*(?:,|and|y|e|et|und|i|и)\s*/u).filter(Boolean).map((a) => `Convention on Cybercrime art. ${a}`),
  },
  // A code named by its country in English: "Article 286 § 1 of the Polish Criminal Code".
  {
    re: new RegExp(String.raw`\bArticles?\s+(\d+[a-z]?)(?:\s*§\s*\d+)?\s+of\s+the\s+(${Object.keys(COUNTRY_ADJECTIVES).join('|')})\s+(Criminal Code|Penal Code|Code of Criminal Procedure|Criminal Procedure Code|Civil Code)\b`, 'gu'),
    build: (m) => [`${COUNTRY_ADJECTIVES[m[2] as string]} ${/Penal/.test(m[3] as string) ? 'Criminal Code' : /Procedure/.test(m[3] as string) ? 'Code of Criminal Procedure' : m[3]} art. ${m[1]}`],
  },
  // Chinese law cited in English: "Article 27 of the Cybersecurity Law of the People's Republic of China"
  {
    re: /\bArticles?\s+(\d+(?:\s*(?:,|and)\s*\d+)*)\s+of\s+(?:the\s+((?:[A-Z][\w-]*\s+){1,6}(?:Law|Measures|Provisions|Regulations|Rules))\s+of\s+(?:the\s+People['’]s\s+Republic\s+of\s+China|China|the PRC|our country)\b|China['’]s\s+['"“‘]((?:(?:[A-Z][\w-]*|for|on|of|the|and)\s+){0,8}[A-Z][\w-]*)['"”’])/gu,
    build: (m) => (m[1] as string).split(/\s*(?:,|and)\s*/).map((a) => `CN ${((m[2] ?? m[3]) as string).replace(/\s+/g, ' ')} art. ${a}`),
  },
  {
    commonLaw: true,
    re: SECTION_LIST,
    build: (m, country) => {
      const act = (m[2] as string).replace(/\s+/g, ' ')
      if (/United States Code|^(?:this|said) /i.test(act) || act === 'Act' || act === 'Code') return []
      const sections = (m[1] as string).replace(/\s*\([^()]*\)/g, '').split(/\s*(?:,|and|&)\s*(?:[Ss]ection\s+)?/)
      return sections.filter(Boolean).map((n) => `${commonLawCountry(act, country)} ${act}${m[3] ? ` ${m[3]}` : ''} s. ${n.trim()}`)
    },
  },
  // "Crime (Overseas Production Orders) Act 2019, section 1": the Act first.
  {
    commonLaw: true,
    re: /\b((?:[A-Z(][\w()’'-]*[ \t]+|and[ \t]+|of[ \t]+|for[ \t]+){1,10}?Act)[ \t]+(\d{4}),[ \t]+[Ss]ection[ \t]+(\d+[A-Z]{0,2})/gu,
    build: (m, country) => [`${commonLawCountry(m[1] as string, country)} ${(m[1] as string).replace(/\s+/g, ' ')} ${m[2]} s. ${m[3]}`],
  },
  // China: 《中华人民共和国网络安全法》第四十七条、第四十八条
  {
    re: /《([^》]{2,40})》\s*((?:第[一二两三四五六七八九十百零\d]+条[、，,和及\s]*)*)/gu,
    build: (m) => {
      // A title broken across lines ("互联网信息服务管理\n办法") is one name.
      const title = (m[1] as string).replace(/\s+/gu, '')
      const known = CN_LAWS.find(([re]) => re.test(title))
      const law = known ? known[1] : title.replace(/^中华人民共和国/u, '')
      const articles = [...(m[2] ?? '').matchAll(/第([一二两三四五六七八九十百零\d]+)条/gu)].map((a) => chineseNumeral(a[1] as string)).filter((n): n is number => n !== null)
      if (articles.length === 0) return known ? [`CN ${law}`] : []
      return articles.map((a) => `CN ${law} art. ${a}`)
    },
  },
  {
    commonLaw: true,
    re: COMMON_LAW_ACT,
    build: (m, country, text) => {
      let act = (m[3] as string).replace(/\s+/g, ' ')
      let year = m[4]
      if (/United States Code/i.test(act)) return []
      // "section 8 of the Act": the Act named last before it.
      if (/^(?:this|the said|said)?\s*Act$/i.test(act) || act === 'Act') {
        const named = [...text.slice(0, m.index).matchAll(/\b((?:[A-Z(][\w()’'-]*\s+|and\s+|of\s+|for\s+){1,10}?Act),?\s+(\d{4})/g)].pop()
        if (!named) return []
        act = (named[1] as string).replace(/\s+/g, ' ')
        year = named[2]
      }
      return [`${commonLawCountry(act, country)} ${act}${year ? ` ${year}` : ''} s. ${m[1]}${(m[2] ?? '').replace(/\s+/g, '')}`]
    },
  },
  {
    commonLaw: true,
    re: COMMON_LAW_RULES,
    build: (m, country, text) => {
      let rules = (m[3] as string).replace(/\s+/g, ' ')
      let year = m[4]
      // "Rule 9 of the above Rules", "Rule 16 of the Blocking Rules": the full Rules named earlier.
      if (/^(?:above|said|these|aforesaid|same|[A-Z][a-z]+) Rules$/.test(rules) || !year) {
        const full = [...text.matchAll(new RegExp(COMMON_LAW_RULES.source, 'gu'))].find((x) => x[4] && (x[3] as string).split(/\s+/).length > 3)
        if (full) {
          rules = (full[3] as string).replace(/\s+/g, ' ')
          year = full[4]
        }
      }
      if (!year) return []
      return [`${commonLawCountry(rules, country)} ${rules} ${year} r. ${m[1]}${(m[2] ?? '').replace(/\s+/g, '')}`]
    },
  },
  {
    commonLaw: true,
    re: SCHEDULE,
    build: (m, country) => [`${commonLawCountry(m[1] as string, country)} ${(m[1] as string).replace(/\s+/g, ' ').replace(/^the /i, '')} ${m[2]} sch. ${m[3]} para. ${m[4]}`],
  },
  {
    commonLaw: true,
    re: SCHEDULE_REVERSED,
    build: (m, country) => [`${commonLawCountry(m[3] as string, country)} ${(m[3] as string).trim()} ${m[4]} sch. ${m[2]} para. ${m[1]}`],
  },
  // EU: "Article 9 of Regulation (EU) 2022/2065", "Artikel 9 der Verordnung (EU) 2022/2065", "Article 6(1)(c) GDPR"
  {
    re: uni(/\b(?:Article|Art\.|Artikel|article|artículo|artigo)\s*(\d+)((?:\s?\(\w{1,3}\))*)(?:\s+(?:Absatz|Abs\.|paragraph|paragraphe|apartado)\s*\d+)?\s+(?:of\s+)?(?:the\s+)?(?:der|du|de la|del|do|da)?\s*(?:(?:Regulation|Verordnung|règlement|Reglamento|Regulamento)\s+\((?:EU|UE)\)\s+(?:No\.?\s+|Nr\.\s+|n[º°]\s*)?(\d{4}\/\d+)|(GDPR|DSGVO|RGPD|DSA|Digital Services Act|General Data Protection Regulation))/giu),
    build: (m) => {
      const reg = m[3] ?? (/GDPR|DSGVO|RGPD|General Data/i.test(m[4] ?? '') ? '2016/679' : '2022/2065')
      return [`EU Regulation ${reg} art. ${m[1]}${(m[2] ?? '').replace(/\s+/g, '')}`]
    },
  },
  {
    re: /\bRegulation\s+\(EU\)\s+(?:No\s+)?(\d{4}\/\d+)[^.;\n]{0,40}?\bArt(?:icle|\.)\s*(\d+)((?:\s?\(\w{1,3}\))*)/gu,
    build: (m) => [`EU Regulation ${m[1]} art. ${m[2]}${(m[3] ?? '').replace(/\s+/g, '')}`],
  },
]

function germanCountry(code: string, country: string | null): string {
  if (country === 'AT' || country === 'CH' || country === 'DE') return country
  return /SPG|KommAustG|ECG/.test(code) ? 'AT' : 'DE'
}

export function findIntlCitations(text: string, country: string | null): FoundCitation[] {
  const out: FoundCitation[] = []
  const cc = country && /^[A-Z]{2}$/.test(country) ? country : null
  const us = country?.startsWith('US') ?? false
  for (const { re, build, commonLaw } of RULES) {
    if (us && commonLaw) continue
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      for (const normalized of build(m, cc, text)) {
        out.push({ text: normalized, key: citationKey(normalized), evidence: span(text, m.index, m.index + m[0].length) })
      }
    }
  }
  // "article 30 du règlement", "Article 11 of the Regulation": the one EU regulation the document cites.
  const regulations = new Set(out.flatMap((c) => /^EU Regulation (\d{4}\/\d+) /.exec(c.text)?.[1] ?? []))
  if (regulations.size === 1) {
    const reg = [...regulations][0] as string
    for (const m of text.matchAll(THE_REGULATION)) {
      const normalized = `EU Regulation ${reg} art. ${m[1]}`
      out.push({ text: normalized, key: citationKey(normalized), evidence: span(text, m.index, m.index + m[0].length) })
    }
  }
  return out
}

const THE_REGULATION = uni(
  /\b(?:Article|Art\.|Artikel|article|artículo|artigo)\s*(\d+)(?:\s*\(\d+\))?(?:,?\s*(?:paragraph|paragraphe|Abs\.|Absatz|apartado|n\.?º)\s*\d+)?,?\s+(?:of\s+the|du|de la|der|del|do|da)\s+(?:Regulation|règlement|Verordnung|Reglamento|Regulamento)\b(?!\s*\()/giu,
)
