/**
 * Acts, Rules and Codes of common-law countries (India, the UK, Ireland, Canada, Australia...):
 * "Section 69A of the Information Technology Act, 2000", "Rule 7 of the ... Rules, 2009", "paragraph
 * 5 of Schedule 2 to the Data Protection Act 2018", "Section 91 Cr.P.C.". The country is the
 * document's own, else read from the Act's name.
 */
import type { CitationRule } from './citation-types.js'

/** "Section 69A of the Information Technology Act, 2000": Acts of common-law countries (not used for U.S. documents). */
const COMMON_LAW_ACT = /\b[Ss](?:ection|ec\.)\s+(\d+(?:\.\d+)*[A-Z]{0,2})((?:\s?\(\w{1,4}\))*)\s+of\s+(?:the\s+|this\s+)?((?:(?:[A-Z(][\w()’'-]*|and|of|for|the|on|from|to|in|with|by)\s+){0,10}?(?:Act|Sanhita|Code|Ordinance))(?:,?\s+(\d{4}))?/gu
/** "Rule 7 of the Information Technology (...) Rules, 2009"; "Rule 9 of the above Rules". */
const RULE_OF_RULES = /\bRule\s+(\d+[A-Z]?)((?:\s?\(\w{1,4}\))*)\s+of\s+the\s+((?:(?:[A-Z(][\w()’',-]*|and|of|for|by|the|on|above|said|these|aforesaid|same)\s+){0,16}?Rules)(?:,?\s+(\d{4}))?/gu
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
  String.raw`\b[Ss]ections?\s+(${SECTION_NUMBER}(?:\s*(?:,(?:\s*(?:and|&)(?=\s))?|and(?=\s)|&)\s*(?:[Ss]ection\s+)?${SECTION_NUMBER})*)\s+of\s+(?:the\s+)?((?:(?:[A-Z(][\w()’'-]*|and|of|for|the|on|to|in|with|by)\s+){0,10}?(?:Act|Code))(?:,?\s+(\d{4}))?`,
  'gu',
)

/** An Act named in a heading set in capitals: "UNDER SECTION 1 OF THE CRIME (OVERSEAS PRODUCTION ORDERS) ACT 2019". */
const CAPS_SECTION_OF_ACT = /\bSECTIONS?\s+(\d+[A-Z]?)((?:\s?\(\w{1,4}\))*)\s+OF\s+THE\s+((?:[A-Z(][A-Z()’'-]*\s+){1,10}?ACT)\s+(\d{4})\b/gu

/** "CRIME (OVERSEAS PRODUCTION ORDERS) ACT" -> "Crime (Overseas Production Orders) Act". */
function titleCaseAct(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s(])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase())
    .replace(/(?<=\s)(Of|And|For|The|To|In|On)(?=\s)/g, (w) => w.toLowerCase())
    .replace(/\s+/g, ' ')
}

/** The Act a document refers to as "the Act": defined so ('... Act 2019 ("the Act")'), or named in its capitals heading. */
function theAct(text: string): { act: string; year: string } | null {
  const defined = /\b((?:[A-Z(][\w()’'-]*\s+|and\s+|of\s+|for\s+){1,10}?Act),?\s+(\d{4})\s*\(\s*(?:hereinafter\s+)?["“'‘]the Act["”'’]\s*\)/u.exec(text)
  if (defined) return { act: defined[1] as string, year: defined[2] as string }
  CAPS_SECTION_OF_ACT.lastIndex = 0
  const heading = CAPS_SECTION_OF_ACT.exec(text.slice(0, 2000))
  return heading ? { act: titleCaseAct(heading[3] as string), year: heading[4] as string } : null
}

function commonLawCountry(act: string, country: string | null): string {
  if (country && /^[A-Z]{2}$/.test(country)) return country
  return /Sanhita|Information Technology|Code of Criminal Procedure/.test(act) ? 'IN' : 'GB'
}

export const COMMON_LAW_RULES: CitationRule[] = [
  {
    commonLaw: true,
    re: CAPS_SECTION_OF_ACT,
    build: (m, country) => {
      const act = titleCaseAct(m[3] as string)
      return [`${commonLawCountry(act, country)} ${act} ${m[4]} s. ${m[1]}${(m[2] ?? '').replace(/\s+/g, '')}`]
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
  {
    commonLaw: true,
    re: SECTION_LIST,
    build: (m, country) => {
      const act = (m[2] as string).replace(/\s+/g, ' ')
      if (/United States Code|^(?:this|said) /i.test(act) || act === 'Act' || act === 'Code') return []
      const sections = (m[1] as string).replace(/\s*\([^()]*\)/g, '').split(/\s*(?:,\s*(?:and|&)?|and|&)\s*(?:[Ss]ection\s+)?/)
      return sections.filter(Boolean).map((n) => `${commonLawCountry(act, country)} ${act}${m[3] ? ` ${m[3]}` : ''} s. ${n.trim()}`)
    },
  },
  // "Crime (Overseas Production Orders) Act 2019, section 1": the Act first.
  {
    commonLaw: true,
    re: /\b((?:[A-Z(][\w()’'-]*[ \t]+|and[ \t]+|of[ \t]+|for[ \t]+){1,10}?Act)[ \t]+(\d{4}),[ \t]+[Ss]ection[ \t]+(\d+[A-Z]{0,2})/gu,
    build: (m, country) => [`${commonLawCountry(m[1] as string, country)} ${(m[1] as string).replace(/\s+/g, ' ')} ${m[2]} s. ${m[3]}`],
  },
  {
    commonLaw: true,
    re: COMMON_LAW_ACT,
    build: (m, country, text) => {
      let act = (m[3] as string).replace(/\s+/g, ' ')
      let year = m[4]
      if (/United States Code/i.test(act)) return []
      // "section 8 of the Act": the Act the document calls "the Act", else the one its heading names,
      // else the Act named last before it.
      if (/^(?:this|the said|said)?\s*Act$/i.test(act) || act === 'Act') {
        const before = text.slice(0, m.index)
        const named = theAct(text) ?? [...before.matchAll(/\b((?:[A-Z(][\w()’'-]*\s+|and\s+|of\s+|for\s+){1,10}?Act),?\s+(\d{4})/g)].map((x) => ({ act: x[1] as string, year: x[2] as string })).pop()
        if (!named) return []
        act = named.act.replace(/\s+/g, ' ')
        year = named.year
      }
      return [`${commonLawCountry(act, country)} ${act}${year ? ` ${year}` : ''} s. ${m[1]}${(m[2] ?? '').replace(/\s+/g, '')}`]
    },
  },
  {
    commonLaw: true,
    re: RULE_OF_RULES,
    build: (m, country, text) => {
      let rules = (m[3] as string).replace(/\s+/g, ' ')
      let year = m[4]
      // "Rule 9 of the above Rules", "Rule 16 of the Blocking Rules": the full Rules named earlier.
      if (/^(?:above|said|these|aforesaid|same|[A-Z][a-z]+) Rules$/.test(rules) || !year) {
        const full = [...text.matchAll(new RegExp(RULE_OF_RULES.source, 'gu'))].find((x) => x[4] && (x[3] as string).split(/\s+/).length > 3)
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
]
