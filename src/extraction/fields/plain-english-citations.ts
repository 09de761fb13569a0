/**
 * Foreign law cited in plain English by a foreign sender: "the article 573 of our Criminal Code",
 * "article 35 of our Law 34/2002", and EU regulations named only by their short title ("the
 * Digital Services Act"). The country comes from the document's jurisdiction; without one, or
 * in a U.S. document, nothing is read here.
 */
import { citationKey, type FoundCitation } from './citation-types.js'
import { span } from './text.js'

/** "article 573 of our Criminal Code", "articles 13 and 14 of the Spanish Criminal Procedure Code". */
const OUR_CODE = /\b[Aa]rticles?\s+(\d+(?:\.\d+)?(?:\s*(?:,|and)\s*\d+(?:\.\d+)?)*)\s+of\s+(?:our|the|this country['’]s)\s+(Criminal Code|Penal Code|Criminal Procedure Code|Code of Criminal Procedure|Civil Code|Constitution|(?:Organic\s+)?Law\s+(?:No\.\s*)?\d+\/\d{4})\b/gu

function codeName(raw: string): string {
  const name = raw.replace(/\s+/g, ' ')
  if (/^Penal Code$/.test(name)) return 'Criminal Code'
  if (/Procedure/.test(name)) return 'Code of Criminal Procedure'
  return name.replace(/^(Organic )?Law (?:No\. ?)?/, (_, organic: string | undefined) => `${organic ?? ''}Law `)
}

/** Regulations known by a short title, cited as a whole when no article of them is. */
const SHORT_TITLES: [RegExp, string][] = [
  [/\bDigital Services Act\b/u, 'EU Regulation 2022/2065'],
  [/\bGeneral Data Protection Regulation\b/u, 'EU Regulation 2016/679'],
  [/\bTerrorist Content Online Regulation\b|\bRegulation \(EU\) 2021\/784\b/u, 'EU Regulation 2021/784'],
]

export function findPlainEnglishCitations(text: string, country: string | null): FoundCitation[] {
  const out: FoundCitation[] = []
  const push = (normalized: string, start: number, end: number): void => {
    out.push({ text: normalized, key: citationKey(normalized), evidence: span(text, start, end) })
  }
  if (country && /^[A-Z]{2}$/.test(country) && country !== 'EU') {
    for (const m of text.matchAll(OUR_CODE)) {
      const law = codeName(m[2] as string)
      for (const article of (m[1] as string).split(/\s*(?:,|and)\s*/)) push(`${country} ${law} art. ${article}`, m.index, m.index + m[0].length)
    }
  }
  if (!country?.startsWith('US')) {
    for (const [re, regulation] of SHORT_TITLES) {
      const m = re.exec(text)
      if (m) push(regulation, m.index, m.index + m[0].length)
    }
  }
  return out
}
