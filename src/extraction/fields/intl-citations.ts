/**
 * Foreign and EU law other than Russian, normalized as the corpus does (`CC Law/Code ... art. N`,
 * in English where the code has a usual English name): Brazil, Turkey, Germany/Austria,
 * France/Belgium, Spain/Latin America, China, common-law Acts (India, UK, Australia...), EU.
 */
import { ARTICLE_LIST, parseArticleList } from './article-lists.js'
import { citationKey, type FoundCitation } from './citation-types.js'
import { span } from './text.js'
import { uni } from './uni.js'

type Rule = { re: RegExp; build: (m: RegExpExecArray, country: string | null) => string[] }

const BR_NAMES: Record<string, string> = { '12.965/2014': 'Marco Civil da Internet', '13.709/2018': 'LGPD', '12.830/2013': '', '9.296/1996': '', '12.850/2013': '' }

function brLaw(number: string, year: string | undefined): string {
  const n = year ? `${number}/${year}` : number
  const name = BR_NAMES[n]
  return `BR Lei ${n}${name ? ` (${name})` : ''}`
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

/** "Section 69A of the Information Technology Act, 2000": Acts of common-law countries (not used for U.S. documents). */
const COMMON_LAW_ACT = /\b[Ss](?:ection|ec\.)\s+(\d+[A-Z]{0,2})((?:\s?\(\w{1,4}\))*)\s+of\s+the\s+((?:[A-Z][\w()’'-]*\s+){0,8}?(?:Act|Sanhita|Code))(?:,?\s+(\d{4}))?/gu

const RULES: Rule[] = [
  // Brazil: "art. 10, § 3º, da Lei 12.965/2014", "artigo 22 da Lei nº 12.965, de 23 de abril de 2014"
  {
    re: uni(new RegExp(String.raw`\bart(?:igo|s?\.)\s*(\d+)\s*([º°])?((?:\s*,?\s*(?:§\s*\d+\s*[º°]?|inciso\s+[IVXL]+|parágrafo único))*)\s*,?\s*d[ao]\s+Lei\s+(?:Federal\s+)?(?:n[º°o.]*\s*)?(\d{1,2}\.\d{3})(?:\/(\d{4})|,\s+de\s+\d{1,2}\s+de\s+\p{L}+\s+de\s+(\d{4}))?`, 'giu')),
    build: (m) => {
      const par = (m[3] ?? '').replace(/^[\s,]+/, '').replace(/\s+/g, ' ').replace(/§\s+/g, '§').replace(/\s*,\s*/g, ' ')
      return [`${brLaw(m[4] as string, m[5] ?? m[6])} art. ${m[1]}${m[2] ? 'º' : ''}${par ? ` ${par}` : ''}`]
    },
  },
  {
    re: uni(/\bart(?:igo|s?\.)\s*(\d+)\s*([º°])?[^.;\n]{0,40}?\bd[oa]\s+(Marco Civil da Internet|Código de Processo Penal|CPP|Código Penal|Estatuto da Criança e do Adolescente|ECA|LGPD)\b/giu),
    build: (m) => {
      const name = (m[3] as string).toLowerCase()
      const law = name.startsWith('marco') ? brLaw('12.965', '2014') : name === 'lgpd' ? brLaw('13.709', '2018') : /processo|cpp/.test(name) ? 'BR Code of Criminal Procedure' : /penal/.test(name) ? 'BR Penal Code' : 'BR Statute of Children and Adolescents'
      return [`${law} art. ${m[1]}${m[2] ? 'º' : ''}`]
    },
  },
  // Turkey: "5651 sayılı kanunun 8/A maddesi", "5651 Sayılı Kanunu Madde 8 (1)"
  {
    re: uni(new RegExp(String.raw`\b(\d{3,5})\s+sayılı\s+(?:[\p{L}]+\s+){0,6}?Kanun\w*(?:['’]\w+)?\s+(?:(${ARTICLE_LIST})\.?\s*maddes\w*|[Mm]adde\s+(${ARTICLE_LIST}))`, 'giu')),
    build: (m) => each((m[2] ?? m[3]) as string, (a) => `TR Law No. ${m[1]} art. ${a.toUpperCase()}`),
  },
  // Germany / Austria / Switzerland: "§ 100a StPO", "§§ 94, 95 StPO", "§ 14 Abs. 3 TMG", "Art. 10 GG"
  {
    re: new RegExp(String.raw`§§?\s*(\d+[a-z]?(?:\s*(?:,|und|-)\s*\d+[a-z]?)*)(?:\s*(?:Abs\.|Absatz)\s*\d+[a-z]?)?(?:\s*(?:S\.|Satz)\s*\d+)?(?:\s*(?:Nr\.|Nummer)\s*\d+)?\s+(StPO|StGB|TMG|TKG|TTDSG|NetzDG|BKAG|BDSG|ZPO|UrhG|JMStV|GVG|DDG|KommAustG|SPG)\b`, 'gu'),
    build: (m, country) => each(m[1] as string, (a) => `${germanCountry(m[2] as string, country)} ${m[2]} § ${a}`),
  },
  {
    re: /\bArt(?:ikel|\.)\s*(\d+)(?:\s*Abs\.\s*\d+)?\s+(GG|DSGVO|DSA)\b/gu,
    build: (m, country) => [m[2] === 'GG' ? `${country ?? 'DE'} GG art. ${m[1]}` : `EU Regulation ${m[2] === 'DSA' ? '2022/2065' : '2016/679'} art. ${m[1]}`],
  },
  // France / Belgium: "article 60-1 du code de procédure pénale", "articles 77-1-1 et 99-3 du CPP"
  {
    re: uni(new RegExp(String.raw`\barticles?\s+((?:[LRD]\.?\s*)?\d+(?:-\d+)*(?:\s*(?:,|et)\s*(?:[LRD]\.?\s*)?\d+(?:-\d+)*)*)\s+(?:du|de la|de l['’])\s*(code de procédure pénale|CPP|code pénal|code des postes et des communications électroniques|CPCE|loi n°\s*\d{4}-\d+|loi pour la confiance dans l['’]économie numérique)`, 'giu')),
    build: (m, country) => {
      const name = (m[2] as string).toLowerCase()
      const cc = country ?? 'FR'
      const law = /procédure|^cpp$/.test(name) ? 'Code of Criminal Procedure' : /postes|cpce/.test(name) ? 'Postal and Electronic Communications Code' : /code pénal/.test(name) ? 'Criminal Code' : /confiance/.test(name) ? 'Law No. 2004-575' : `Law No. ${name.replace(/^loi n°\s*/, '')}`
      return (m[1] as string).split(/\s*(?:,|et)\s*/).map((a) => `${cc} ${law} art. ${a.replace(/\s+/g, '').replace(/^([LRD])\.?/, '$1')}`)
    },
  },
  // Spain and Latin America: "artículo 588 ter j de la Ley de Enjuiciamiento Criminal", "art. 189 de la Ley Federal de Telecomunicaciones y Radiodifusión"
  {
    re: uni(/\bart(?:ículos?|s?\.)\s*(\d+(?:\s+(?:bis|ter|quater|quinquies|sexies|septies))?(?:\s+[a-k](?![\p{L}]))?)\s+(?:de\s+la|del)\s+(Ley de Enjuiciamiento Criminal|LECrim|Código Penal|Código Nacional de Procedimientos Penales|Ley Federal de Telecomunicaciones y Radiodifusión|Ley (?:Orgánica )?\d+\/\d{4})/giu),
    build: (m, country) => {
      const name = m[2] as string
      const cc = country ?? (/Federal|Nacional/.test(name) ? 'MX' : 'ES')
      const law = /Enjuiciamiento|LECrim/i.test(name) ? 'Criminal Procedure Act (LECrim)' : /Nacional de Procedimientos/i.test(name) ? 'National Code of Criminal Procedure' : /Telecomunicaciones/i.test(name) ? 'Federal Telecommunications and Broadcasting Law' : /Código Penal/i.test(name) ? 'Criminal Code' : name.replace(/^Ley\s+/i, 'Law ')
      return [`${cc} ${law} art. ${(m[1] as string).replace(/\s+/g, ' ')}`]
    },
  },
  // China: 《中华人民共和国网络安全法》第四十七条、第四十八条
  {
    re: /《([^》]{2,40})》\s*((?:第[一二两三四五六七八九十百零\d]+条[、，,和及\s]*)*)/gu,
    build: (m) => {
      const title = m[1] as string
      const known = CN_LAWS.find(([re]) => re.test(title))
      const law = known ? known[1] : title.replace(/^中华人民共和国/u, '')
      const articles = [...(m[2] ?? '').matchAll(/第([一二两三四五六七八九十百零\d]+)条/gu)].map((a) => chineseNumeral(a[1] as string)).filter((n): n is number => n !== null)
      if (articles.length === 0) return known ? [`CN ${law}`] : []
      return articles.map((a) => `CN ${law} art. ${a}`)
    },
  },
  // Common-law Acts: "Section 69A of the Information Technology Act, 2000", "section 49 of the Regulation of Investigatory Powers Act 2000"
  {
    re: COMMON_LAW_ACT,
    build: (m, country) => {
      const act = (m[3] as string).replace(/\s+/g, ' ')
      // U.S. Acts are cited through the U.S. Code; "Section 509 of the Tariff Act" is 19 U.S.C. 1509 in the same breath.
      if (/United States Code/i.test(act)) return []
      const cc = country ?? (/Sanhita|Information Technology Act|Code of Criminal Procedure/.test(act) ? 'IN' : 'GB')
      return [`${cc} ${act}${m[4] ? ` ${m[4]}` : ''} s. ${m[1]}${(m[2] ?? '').replace(/\s+/g, '')}`]
    },
  },
  // EU: "Article 9 of Regulation (EU) 2022/2065", "Article 6(1)(c) GDPR", "Article 10 of the Digital Services Act"
  {
    re: /\bArt(?:icle|\.)\s*(\d+)((?:\s?\(\w{1,3}\))*)\s+(?:of\s+)?(?:the\s+)?(?:Regulation\s+\(EU\)\s+(?:No\s+)?(\d{4}\/\d+)|(GDPR|DSA|Digital Services Act|General Data Protection Regulation))/gu,
    build: (m) => {
      const reg = m[3] ?? (/GDPR|General Data/.test(m[4] ?? '') ? '2016/679' : '2022/2065')
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
  return /SPG|KommAustG/.test(code) ? 'AT' : 'DE'
}

export function findIntlCitations(text: string, country: string | null): FoundCitation[] {
  const out: FoundCitation[] = []
  const cc = country && /^[A-Z]{2}$/.test(country) ? country : null
  const us = country?.startsWith('US') ?? false
  for (const { re, build } of RULES) {
    if (us && re === COMMON_LAW_ACT) continue
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      for (const normalized of build(m, cc)) {
        out.push({ text: normalized, key: citationKey(normalized), evidence: span(text, m.index, m.index + m[0].length) })
      }
    }
  }
  return out
}
