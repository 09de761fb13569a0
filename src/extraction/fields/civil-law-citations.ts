/**
 * Citations of civil-law codes and laws in their own languages, normalized as the corpus writes
 * foreign law (`CC Law/Code ... art. N`, in English where the code has a usual English name):
 * Brazil and Portugal, Turkey, Germany and Austria, France and Belgium, Spain and Latin America,
 * the Netherlands, Italy.
 */
import { ARTICLE_LIST, parseArticleList } from './article-lists.js'
import type { CitationRule } from './citation-types.js'
import { uni } from './uni.js'

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

function germanCountry(code: string, country: string | null): string {
  if (country === 'AT' || country === 'CH' || country === 'DE') return country
  return /SPG|KommAustG|ECG/.test(code) ? 'AT' : 'DE'
}

export const CIVIL_LAW_RULES: CitationRule[] = [
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
    re: uni(new RegExp(String.raw`\barticles?\s+((?:[LRD]\.?\s*)?\d+(?:-\d+)*(?:\s*(?:,|et)\s*(?:[LRD]\.?\s*)?\d+(?:-\d+)*)*)\s+(?:du|de la|de l['’])\s*(code de procédure pénale|code de procédure civile|CPP|code pénal|code des postes et des communications électroniques|CPCE|code des procédures civiles d['’]exécution|loi n°\s*\d{4}-\d+|loi du 29 juillet 1881|loi pour la confiance dans l['’]économie numérique|L\.?C\.?E\.?N\b\.?)`, 'giu')),
    build: (m, country) => {
      const name = (m[2] as string).toLowerCase().replace(/\s+/g, ' ')
      const cc = country && /^[A-Z]{2}$/.test(country) ? country : 'FR'
      const law = /procédure civile/.test(name) ? 'Code of Civil Procedure' : /exécution/.test(name) ? 'Code of Civil Enforcement Procedures' : /procédure|^cpp$/.test(name) ? 'Code of Criminal Procedure' : /postes|cpce/.test(name) ? 'Postal and Electronic Communications Code' : /code pénal/.test(name) ? 'Criminal Code' : /confiance|^l\.?c\.?e\.?n/.test(name) ? 'Law No. 2004-575' : /1881/.test(name) ? 'Law of 29 July 1881' : `Law No. ${name.replace(/^loi n°\s*/, '')}`
      // "L. 34-1" stays as cited; "L34-1" too.
      return (m[1] as string).split(/\s*(?:,|et)\s*/).map((a) => `${cc} ${law} art. ${a.replace(/\s+/g, ' ').replace(/^([LRD])\.\s*/, '$1. ').replace(/^([LRD])\s+/, '$1')}`)
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
  // Dutch Civil Code by book: "artikel 6:162 BW", "art. 6:196c Burgerlijk Wetboek", and the court register's "Burgerlijk Wetboek Boek 6 196c".
  {
    re: uni(/\b(?:artikel|article|art\.)\s*(\d{1,2}):(\d+[a-z]{0,2})\s+(?:BW|Burgerlijk\s+Wetboek|(?:of\s+the\s+)?Dutch\s+Civil\s+Code)\b|\bBurgerlijk\s+Wetboek\s+Boek\s+(\d{1,2})\s+(\d+[a-z]{0,2})\b/giu),
    build: (m) => [`NL Civil Code Book ${m[1] ?? m[3]} art. ${m[2] ?? m[4]}`],
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
]
