/**
 * Foreign and EU law other than Russian, normalized as the corpus does (`CC Law/Code ... art. N`,
 * in English where the code has a usual English name). The civil-law codes and the common-law Acts
 * have their own files; here are China (in Chinese and in English), codes named by their country
 * in English, the Budapest Convention, and EU regulations in several languages.
 */
import { citationKey, type CitationRule, type FoundCitation } from './citation-types.js'
import { CIVIL_LAW_RULES } from './civil-law-citations.js'
import { COMMON_LAW_RULES } from './common-law-citations.js'
import { span } from './text.js'
import { uni } from './uni.js'

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

const RULES: CitationRule[] = [
  ...CIVIL_LAW_RULES,
  ...COMMON_LAW_RULES,
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
