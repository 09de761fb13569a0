/**
 * United States citations. U.S. Code, CFR and public laws come from the `citation` package; we
 * add what it misses: "Title 18, United States Code, Section 2703(f)", section lists ("§§ 3122,
 * 3123, 2703 (c) & (d)"), the Federal Rules, and the state codes demands cite most.
 */
import Citation from 'citation'
import type { Span } from '../types.js'
import { citationKey, type FoundCitation } from './citation-types.js'
import { Occupancy, span } from './text.js'

const SUBS = String.raw`(?:\s?\(\s?[a-zA-Z0-9]{1,4}\s?\))*`

function subsections(raw: string | undefined): string {
  return (raw ?? '').replace(/\s+/g, '')
}

function cite(text: string, start: number, end: number, normalized: string): FoundCitation {
  return { text: normalized, key: citationKey(normalized), evidence: span(text, start, end) }
}

/** "Title 18, United States Code, Section 2703(f)" and "section 1509 of title 19". */
const LONG_FORMS: Row[] = [
  {
    list: (m, section) => `${m[1]} U.S.C. ${section}`,
    re: new RegExp(String.raw`\bTitle\s+(\d{1,2}),?\s+(?:of\s+the\s+)?United\s+States\s+Code(?:\s*\(U\.S\.C\.\))?,?\s+(?:Sections?|Secs?\.|§+)\s*(\d+[a-zA-Z]?(?:-\d+)?)(${SUBS})`, 'gi'),
    build: (m) => `${m[1]} U.S.C. ${m[2]}${subsections(m[3])}`,
  },
  {
    re: new RegExp(String.raw`\b(?:Section|Sec\.|§)\s*(\d+[a-zA-Z]?)(${SUBS})\s+of\s+(?:Title\s+(\d{1,2})(?:\s+of\s+the\s+United\s+States\s+Code|,?\s+United\s+States\s+Code|\s+U\.?S\.?C\.?)?)`, 'gi'),
    build: (m) => `${m[3]} U.S.C. ${m[1]}${subsections(m[2])}`,
  },
  {
    // "18 U.S.C. Section 3511(a)": the word where the symbol usually stands.
    re: new RegExp(String.raw`\b(\d{1,2})\s+U\.?\s?S\.?\s?C\.?\s+(?:Section|Sec\.)\s+(\d+[a-zA-Z]?)(${SUBS})`, 'g'),
    build: (m) => `${m[1]} U.S.C. ${m[2]}${subsections(m[3])}`,
  },
  {
    re: new RegExp(String.raw`\b(\d{1,2})\s+United\s+States\s+Code,?\s+(?:Section|Sec\.|§+)\s*(\d+[a-zA-Z]?)(${SUBS})`, 'gi'),
    build: (m) => `${m[1]} U.S.C. ${m[2]}${subsections(m[3])}`,
  },
]

/** The Internal Revenue Code is title 26: "IRC section 7602", "I.R.C. § 7609(b)", "section 7602 of the Internal Revenue Code". */
const IRC = /\b(?:Internal Revenue Code|I\.?R\.?C\.?)\b/
const TAX_CODE: Row[] = [
  {
    re: new RegExp(String.raw`\b(?:Internal\s+Revenue\s+Code|I\.?R\.?C\.?),?\s*(?:sections?|secs?\.|§+)\s*(\d{4}[A-Z]?)(${SUBS})`, 'g'),
    build: (m) => `26 U.S.C. ${m[1]}${subsections(m[2])}`,
    list: (_m, section) => `26 U.S.C. ${section}`,
  },
  {
    re: new RegExp(String.raw`\b(?:Sections?|Sec\.|§+)\s*(\d{4}[A-Z]?)(${SUBS})\s+of\s+the\s+(?:Internal\s+Revenue\s+Code|I\.?R\.?C\.?)`, 'gi'),
    build: (m) => `26 U.S.C. ${m[1]}${subsections(m[2])}`,
  },
  {
    // In a summons under the tax code, its procedure sections are cited bare: "section 7603(b)".
    re: new RegExp(String.raw`\b(?:sections?|§+)\s*((?:6[0-9]|7[0-8])\d{2}[A-Z]?)(${SUBS})(?!\s+of\s+(?:title|the))`, 'gi'),
    build: (m) => `26 U.S.C. ${m[1]}${subsections(m[2])}`,
    accept: (_m, text) => IRC.test(text),
  },
]

const RULES: Row[] = [
  {
    re: /\bFed(?:eral|\.)?\s*R(?:ules?|\.)?\s*(?:of\s+)?(Crim(?:inal|\.)?|Civ(?:il|\.)?|Evid(?:ence|\.)?|App(?:ellate|\.)?)\s*(?:P(?:rocedure|roc\.|\.))?\s*(\d+(?:\.\d+)?)((?:\s?\([a-zA-Z0-9]{1,4}\))*)/gi,
    build: (m) => `Fed. R. ${ruleSet(m[1])} ${m[2]}${subsections(m[3])}`,
  },
  {
    re: /\bRule\s+(\d+(?:\.\d+)?)((?:\s?\([a-zA-Z0-9]{1,4}\))*)\s+of\s+the\s+Federal\s+Rules\s+of\s+(Criminal|Civil|Evidence|Appellate)(?:\s+Procedure)?/gi,
    build: (m) => `Fed. R. ${ruleSet(m[3])} ${m[1]}${subsections(m[2])}`,
  },
]

function ruleSet(raw: string | undefined): string {
  const r = (raw ?? '').toLowerCase()
  if (r.startsWith('crim')) return 'Crim. P.'
  if (r.startsWith('civ')) return 'Civ. P.'
  if (r.startsWith('evid')) return 'Evid.'
  return 'App. P.'
}

const SECTION = String.raw`(?:§+|sections?|sec\.|art(?:icle)?\.?)?\s*`
const STATES: Row[] = [
  { re: new RegExp(String.raw`\bD\.\s?C\.\s?(?:Official\s+)?Code(?:\s+Ann\.)?,?\s*${SECTION}(\d+-\d+(?:\.\d+)?)`, 'gi'), build: (m) => `D.C. Code ${m[1]}`, list: (_m, s) => `D.C. Code ${s}` },
  {
    re: new RegExp(String.raw`\b(?:Cal(?:\.|ifornia)\s+)?(Penal|Gov(?:ernment|\.|'t)?|Civ(?:il|\.)?\s+Proc(?:edure|\.)?|Evid(?:ence|\.)?|Bus(?:iness|\.)?\s*(?:&|and)\s*Prof(?:essions|\.)?)\s+Code,?\s*${SECTION}(\d+(?:\.\d+)?)((?:\s?\([a-z0-9]{1,3}\))*)`, 'gi'),
    build: (m) => `Cal. ${calCode(m[1])} Code ${m[2]}${subsections(m[3])}`,
    list: (m, s) => `Cal. ${calCode(m[1])} Code ${s}`,
    accept: (m, text) => /^Cal/i.test(m[0]) || /\bCal(?:\.|ifornia)\s+(?:Penal|Gov|Civ|Evid|Bus)/i.test(text) || /\bCalifornia\b/i.test(text.slice(0, 4000)),
  },
  {
    re: new RegExp(String.raw`\bTex(?:\.|as)\s+Bus(?:\.|iness)\s*(?:&|and)\s*Com(?:\.|merce)\s+Code(?:\s+Ann\.)?,?\s*${SECTION}(\d+\.\d+)`, 'gi'),
    build: (m) => `Tex. Bus. & Com. Code ${m[1]}`,
    list: (_m, s) => `Tex. Bus. & Com. Code ${s.replace(/\(.*$/, '')}`,
  },
  // "sections 90.803(6) and 90.902(11), Florida Statutes" and "§ 934.23, Fla. Stat."
  {
    re: /\b(?:sections?|§+)\s*(\d+\.\d+)((?:\s?\(\w{1,4}\))*)((?:\s*(?:,|and|or)\s*\d+\.\d+(?:\s?\(\w{1,4}\))*)*),?\s+(?:(?:Fla\.|Florida)\s+Stat(?:\.|utes))/gi,
    build: (m) => `Fla. Stat. ${m[1]}${subsections(m[2])}`,
    more: (m) => [...(m[3] ?? '').matchAll(/(\d+\.\d+)((?:\s?\(\w{1,4}\))*)/g)].map((x) => `Fla. Stat. ${x[1]}${subsections(x[2])}`),
  },
  // Arizona: "ARS 13-3554", "A.R.S. § 13-3016"
  { re: /\bA\.?\s?R\.?\s?S\.?\s*§*\s*(\d{1,2}-\d{3,5}(?:\.\d+)?)/g, build: (m) => `A.R.S. ${m[1]}` },
  { re: new RegExp(String.raw`\bTex(?:\.|as)\s+Code\s+(?:of\s+)?Crim(?:\.|inal)\s+Proc(?:\.|edure)(?:\s+Ann\.)?,?\s*${SECTION}(\d+\.\d+[a-zA-Z]?)`, 'gi'), build: (m) => `Tex. Code Crim. Proc. art. ${m[1]}` },
  {
    re: new RegExp(String.raw`\b(?:(?:N\.\s?Y\.|New\s+York)\s+(?:State\s+)?)?(Crim(?:\.|inal)\s+Proc(?:\.|edure)|Penal|Exec(?:\.|utive)|Gen(?:\.|eral)\s+Bus(?:\.|iness))\s+Law,?\s*${SECTION}(\d+(?:\.\d+)?)((?:\s?\([a-z0-9]{1,3}\))*)`, 'gi'),
    build: (m) => `N.Y. ${nyLaw(m[1])} Law ${m[2]}${subsections(m[3])}`,
    accept: (m, text) => /^(?:N\.|New)/i.test(m[0]) || /\b(?:New York|N\.\s?Y\.)/.test(text),
  },
  { re: /\b(?:N\.\s?Y\.\s+)?(?:C\.?P\.?L\.?R\.?)\s*(?:§\s*)?(\d+(?:\.\d+)?)((?:\s?\([a-z0-9]{1,3}\))*)/g, build: (m) => `N.Y. C.P.L.R. ${m[1]}${subsections(m[2])}` },
  { re: new RegExp(String.raw`\bFla\.\s+Stat(?:\.|utes)(?:\s+Ann\.)?,?\s*${SECTION}(\d+\.\d+)`, 'gi'), build: (m) => `Fla. Stat. ${m[1]}` },
  { re: new RegExp(String.raw`\bVa\.\s+Code(?:\s+Ann\.)?,?\s*${SECTION}(\d+(?:\.\d+)?-\d+(?:\.\d+)?)`, 'gi'), build: (m) => `Va. Code ${m[1]}`, list: (_m, sec) => `Va. Code ${sec}` },
  // Colorado, Michigan, Massachusetts and Texas penal law as their own documents cite them.
  { re: /\b(?:C\.\s?R\.\s?S\.|Colo(?:\.|rado)\s+Rev(?:\.|ised)\s+Stat(?:\.|utes))\s*§*\s*(\d{1,2}-\d{1,2}(?:\.\d)?-\d{3,4}(?:\.\d+)?)((?:\s?\([a-z0-9]{1,3}\))*)/g, build: (m) => `C.R.S. ${m[1]}${subsections(m[2])}` },
  { re: /\b(MCL|MCR|MRE)\s*§?\s*(\d{1,3}(?:\.\d{1,4}[a-z]{0,2})?)((?:\s?\([a-z0-9]{1,3}\))*)/g, build: (m) => `${m[1]} ${m[2]}${subsections(m[3])}`, list: (m, sec) => `${m[1]} ${sec}` },
  { re: /\b(?:M\.\s?)?G\.\s?L\.\s*c\.\s*(\d{1,3}[A-Z]?),?\s*§+\s*(\d+[A-Z]?)/g, build: (m) => `G.L. c. ${m[1]} § ${m[2]}` },
  { re: new RegExp(String.raw`\bTex(?:\.|as)\s+Penal\s+Code(?:\s+Ann\.)?,?\s*${SECTION}(\d+\.\d+)`, 'gi'), build: (m) => `Tex. Penal Code ${m[1]}`, list: (_m, sec) => `Tex. Penal Code ${sec}` },
  { re: /\b(?:Fla\.\s?R\.\s?(Civ|Crim)\.\s?P\.|Florida\s+Rules?\s+of\s+(Civil|Criminal)\s+Procedure)\s*(\d\.\d{3})/g, build: (m) => `Fla. R. ${/^Cr/.test(m[1] ?? m[2] ?? '') ? 'Crim' : 'Civ'}. P. ${m[3]}` },
  { re: /\b(?:Ohio\s+)?Crim\.\s?R\.\s*(\d{1,2})((?:\s?\([A-Z0-9]{1,3}\))*)/g, build: (m) => `Ohio Crim. R. ${m[1]}${subsections(m[2])}` },
  { re: /\bO\.\s?C\.\s?G\.\s?A\.\s*(?:§+\s*)?(\d+-\d+-\d+(?:\.\d+)?)/g, build: (m) => `O.C.G.A. ${m[1]}` },
  { re: /\bMass\.\s+Gen\.\s+Laws\s+ch\.\s*(\d+[A-Z]?),?\s*§\s*(\d+[A-Z]?)/gi, build: (m) => `Mass. Gen. Laws ch. ${m[1]} § ${m[2]}` },
  { re: /\b(\d{2,3})\s+ILCS\s+(\d+\/\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)?)/g, build: (m) => `${m[1]} ILCS ${m[2]}` },
  // Pennsylvania: "18 Pa.C.S. § 5772", "18 Pa. C.S.A. § 5743(d)", "35 P.S. § 780-113(a)(30)".
  { re: /\b(\d{1,2})\s+Pa\.\s?C\.\s?S\.(?:\s?A\.)?\s*§*\s*(\d{3,5})((?:\s?\([a-z0-9]{1,3}\))*)/g, build: (m) => `${m[1]} Pa.C.S. ${m[2]}${subsections(m[3])}`, list: (m, sec) => `${m[1]} Pa.C.S. ${sec}` },
  { re: /\b(\d{1,2})\s+P\.\s?S\.\s*§*\s*(\d{1,4}(?:\.\d+)?-\d{1,4}(?:\.\d+)?)((?:\s?\([a-z0-9]{1,3}\))*)/g, build: (m) => `${m[1]} P.S. ${m[2]}${subsections(m[3])}` },
  // Washington, Nevada and Ohio codes, as their own documents write them.
  { re: /\b(?:RCW|Rev(?:\.|ised)\s+Code\s+(?:of\s+)?Wash(?:\.|ington))\s*§*\s*(\d{1,2}[A-Z]?\.\d{2,3}[A-Z]?\.\d{3,4})/g, build: (m) => `RCW ${m[1]}` },
  { re: /\b(?:NRS|Nev(?:\.|ada)\s+Rev(?:\.|ised)\s+Stat(?:\.|utes))\s*§*\s*(\d{1,3}[A-Z]?\.\d{3,4})((?:\s?\([a-z0-9]{1,3}\))*)/g, build: (m) => `Nev. Rev. Stat. ${m[1]}${subsections(m[2])}`, list: (_m, sec) => `Nev. Rev. Stat. ${sec}` },
  { re: /\b(?:Ohio\s+Rev(?:\.|ised)\s+Code|O\.\s?R\.\s?C\.|R\.\s?C\.)\s*(?:Ann\.\s*)?(?:§+|sections?|sec\.)?\s*(\d{3,4}\.\d{2,3})((?:\s?\([A-Z0-9]{1,3}\))*)/g, build: (m) => `Ohio Rev. Code ${m[1]}${subsections(m[2])}`, list: (_m, sec) => `Ohio Rev. Code ${sec}` },
]

function nyLaw(raw: string | undefined): string {
  const r = (raw ?? '').toLowerCase()
  if (r.startsWith('crim')) return 'Crim. Proc.'
  if (r.startsWith('penal')) return 'Penal'
  if (r.startsWith('gen')) return 'Gen. Bus.'
  return 'Exec.'
}

function calCode(raw: string | undefined): string {
  const r = (raw ?? '').toLowerCase()
  if (r.startsWith('penal')) return 'Penal'
  if (r.startsWith('gov')) return 'Gov.'
  if (/proc/.test(r)) return 'Civ. Proc.'
  if (r.startsWith('evid')) return 'Evid.'
  if (r.startsWith('bus')) return 'Bus. & Prof.'
  return 'Civ.'
}

type Row = {
  re: RegExp
  build: (m: RegExpExecArray) => string
  list?: (m: RegExpExecArray, section: string) => string
  /** Further citations the same match carries ("sections A and B, Florida Statutes"). */
  more?: (m: RegExpExecArray) => string[]
  /** Extra check on the whole text, e.g. a bare "Penal Code" only counts in a Californian document. */
  accept?: (m: RegExpExecArray, text: string) => boolean
}

function runTable(text: string, table: Row[], out: FoundCitation[], taken: Occupancy, spans: Span[]): void {
  for (const { re, build, list, accept, more } of table) {
    re.lastIndex = 0
    for (let m = re.exec(text); m && out.length < 5000; m = re.exec(text)) {
      const start = m.index
      let end = start + m[0].length
      if (!taken.isFree(start, end)) continue
      if (accept && !accept(m, text)) continue
      out.push(cite(text, start, end, build(m)))
      for (const extra of more?.(m) ?? []) out.push(cite(text, start, end, extra))
      // "§§ 1524.2, 1546.1" / "Sections 3122 and 3123": the rest of the list cites the same code.
      if (list) {
        for (let guard = 0; guard < 20; guard++) {
          // "sections 646.9 (stalking), 422 (criminal threats) and 653.2": a gloss in words does not end the list.
          const gloss = /^\s*\([^()\d\n]{3,60}(?:\n[^()\d\n]{1,60})?\)|^,?\s*subdivisions?\s*(?:\(\s?\w{1,4}\s?\))+|^\s*et seq\.?(?:\s*\([^()\d\n]{3,60}\))?/.exec(text.slice(end, end + 130))
          if (gloss && LIST_ITEM.test(text.slice(end + gloss[0].length, end + gloss[0].length + 40))) end += gloss[0].length
          const next = LIST_ITEM.exec(text.slice(end, end + 40))
          // "... § 5772 and 35 P.S. § 780-113": a number before a code's name is the next citation's title.
          if (!next || /^\s*(?:U\.?\s?S\.?\s?C|C\.?\s?F\.?\s?R|United States Code)/i.test(text.slice(end + next[0].length, end + next[0].length + 30))) break
          if (/^\s*(?:[A-Z][A-Za-z]{0,4}\.\s?[A-Z]|ILCS|RCW|NRS)/.test(text.slice(end + next[0].length, end + next[0].length + 30))) break
          if (/^(?:19|20)\d{2}$/.test(next[1] as string)) break
          out.push(cite(text, end + next[0].indexOf(next[1] as string), end + next[0].length, list(m, `${next[1]}${subsections(next[2])}`)))
          end += next[0].length
        }
      }
      taken.take(start, end)
      spans.push({ start, end, text: '' })
    }
  }
}

const LIST_ITEM = /^(?:\s*,\s*(?:and\s+|or\s+|including\s+)?|\s+(?:and|or)\s+|\s*&\s*)(?:§+\s*|sections?\s+)?(\d+(?:[.-]\d+)*[a-zA-Z]?)((?:\s?\(\s?[a-zA-Z0-9]{1,4}\s?\))*)/i

/** After "18 U.S.C. §§ 3122", the rest of the list: ", 3123,2703 (c) & (d)" or " and 2703\n\n(c) & (d)". */
function sectionList(text: string, from: number, title: string, code: 'U.S.C.' | 'CFR', out: FoundCitation[]): number {
  let at = from
  const item = new RegExp(String.raw`^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:§+\s*)?(\d+[a-zA-Z]?(?:\.\d+)?)((?:\s*\(\s?[a-zA-Z0-9]{1,4}\s?\)(?:\s*(?:&|and|,)\s*\(\s?[a-zA-Z0-9]{1,4}\s?\))*)*)`)
  for (let guard = 0; guard < 30; guard++) {
    const m = item.exec(text.slice(at, at + 80))
    if (!m) break
    const section = m[1] as string
    // A bare number after a comma may start something else: a year, or the title of the next citation.
    if (/^(?:19|20)\d{2}$/.test(section)) break
    if (/^\s*(?:U\.?\s?S\.?\s?C|C\.?\s?F\.?\s?R|United States Code)/i.test(text.slice(at + m[0].length, at + m[0].length + 30))) break
    const subs = [...(m[2] ?? '').matchAll(/\(\s?([a-zA-Z0-9]{1,4})\s?\)/g)].map((s) => s[1] as string)
    const start = at + m[0].indexOf(section)
    const end = at + m[0].length
    pushWithSubsections(text, start, end, title, code, section, subs, out)
    at = end
  }
  return at
}

/** "2703 (c) & (d)" cites two subsections of one section: both are kept. */
function pushWithSubsections(text: string, start: number, end: number, title: string, code: string, section: string, subs: string[], out: FoundCitation[]): void {
  const alternatives = subs.length >= 2 && subs.every((s) => /^[a-z]$/.test(s)) ? subs.map((s) => `(${s})`) : [subs.map((s) => `(${s})`).join('')]
  for (const sub of alternatives) out.push(cite(text, start, end, `${title} ${code} ${section}${sub}`))
}

export function findUsCitations(text: string): FoundCitation[] {
  const out: FoundCitation[] = []
  const taken = new Occupancy(text.length)
  const spans: Span[] = []
  runTable(text, LONG_FORMS, out, taken, spans)
  runTable(text, TAX_CODE, out, taken, spans)
  runTable(text, RULES, out, taken, spans)
  runTable(text, STATES, out, taken, spans)
  // Blank out what our own patterns read, so the library does not read it again (same length, same offsets).
  const chars = text.split('')
  for (const s of spans) for (let i = s.start; i < s.end; i++) chars[i] = ' '
  const masked = spans.length > 0 ? chars.join('') : text
  for (const c of Citation.find(masked, { excerpt: 0, types: ['usc', 'cfr', 'law'] }).citations) {
    const start = c.index
    const end = start + c.match.length
    if (!taken.isFree(start, end)) continue
    if (c.type === 'law' && c.law) {
      out.push(cite(text, start, end, `Pub. L. ${c.law.congress}-${c.law.number}`))
      continue
    }
    // The library sometimes reads "Section 2703(f), 8 USC" backwards; accept only "<title> U.S.C./CFR <section>".
    if (!/^\d{1,2}\s*(?:U\.?\s?S\.?\s?C|C\.?\s?F\.?\s?R)/i.test(c.match)) continue
    if (c.type === 'usc' && c.usc) {
      const tail = /((?:\s?\(\s?[a-zA-Z0-9]{1,4}\s?\)(?:\s*(?:&|and)\s*\(\s?[a-zA-Z0-9]{1,4}\s?\))*)*)/.exec(text.slice(end, end + 40))
      const extra = [...(tail?.[1] ?? '').matchAll(/\(\s?([a-zA-Z0-9]{1,4})\s?\)/g)].map((s) => s[1] as string)
      const subs = c.usc.subsections.length > 0 ? c.usc.subsections : extra
      const stop = end + (c.usc.subsections.length > 0 ? 0 : (tail?.[1] ?? '').length)
      pushWithSubsections(text, start, stop, c.usc.title, 'U.S.C.', c.usc.section, subs, out)
      sectionList(text, stop, c.usc.title, 'U.S.C.', out)
    } else if (c.type === 'cfr' && c.cfr) {
      const subs = c.cfr.subsections.map((s) => `(${s})`).join('')
      out.push(cite(text, start, end, `${c.cfr.title} CFR ${c.cfr.section}${subs}`))
      sectionList(text, end, c.cfr.title, 'CFR', out)
    }
  }
  return out
}
