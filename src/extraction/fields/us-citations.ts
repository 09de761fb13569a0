/**
 * United States citations. U.S. Code, CFR and public laws come from the `citation` package; we
 * add what it misses: "Title 18, United States Code, Section 2703(f)", section lists ("§§ 3122,
 * 3123, 2703 (c) & (d)"), the Federal Rules, and the state codes demands cite most.
 */
import Citation from 'citation'
import type { Span } from '../types.js'
import { citationKey, type FoundCitation } from './citation-types.js'
import { span } from './text.js'

const SUBS = String.raw`(?:\s?\(\s?[a-zA-Z0-9]{1,4}\s?\))*`

function subsections(raw: string | undefined): string {
  return (raw ?? '').replace(/\s+/g, '')
}

function cite(text: string, start: number, end: number, normalized: string): FoundCitation {
  return { text: normalized, key: citationKey(normalized), evidence: span(text, start, end) }
}

/** "Title 18, United States Code, Section 2703(f)" and "section 1509 of title 19". */
const LONG_FORMS: { re: RegExp; build: (m: RegExpExecArray) => string }[] = [
  {
    re: new RegExp(String.raw`\bTitle\s+(\d{1,2}),?\s+(?:of\s+the\s+)?United\s+States\s+Code,?\s+(?:Section|Sec\.|§+)\s*(\d+[a-zA-Z]?(?:-\d+)?)(${SUBS})`, 'gi'),
    build: (m) => `${m[1]} U.S.C. ${m[2]}${subsections(m[3])}`,
  },
  {
    re: new RegExp(String.raw`\b(?:Section|Sec\.|§)\s*(\d+[a-zA-Z]?)(${SUBS})\s+of\s+(?:Title\s+(\d{1,2})(?:\s+of\s+the\s+United\s+States\s+Code|,?\s+United\s+States\s+Code|\s+U\.?S\.?C\.?)?)`, 'gi'),
    build: (m) => `${m[3]} U.S.C. ${m[1]}${subsections(m[2])}`,
  },
  {
    re: new RegExp(String.raw`\b(\d{1,2})\s+United\s+States\s+Code,?\s+(?:Section|Sec\.|§+)\s*(\d+[a-zA-Z]?)(${SUBS})`, 'gi'),
    build: (m) => `${m[1]} U.S.C. ${m[2]}${subsections(m[3])}`,
  },
]

const RULES: { re: RegExp; build: (m: RegExpExecArray) => string }[] = [
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
const STATES: { re: RegExp; build: (m: RegExpExecArray) => string }[] = [
  { re: new RegExp(String.raw`\bD\.\s?C\.\s?(?:Official\s+)?Code(?:\s+Ann\.)?,?\s*${SECTION}(\d+-\d+(?:\.\d+)?)`, 'gi'), build: (m) => `D.C. Code ${m[1]}` },
  { re: new RegExp(String.raw`\bCal(?:\.|ifornia)\s+(Penal|Gov(?:ernment|\.|'t)?|Civ(?:il|\.)?\s+Proc(?:edure|\.)?|Evid(?:ence|\.)?|Bus(?:iness|\.)?\s*(?:&|and)\s*Prof(?:essions|\.)?|Civ(?:il|\.)?)\s+Code,?\s*${SECTION}(\d+(?:\.\d+)?)`, 'gi'), build: (m) => `Cal. ${calCode(m[1])} Code ${m[2]}` },
  { re: new RegExp(String.raw`\bTex(?:\.|as)\s+Code\s+(?:of\s+)?Crim(?:\.|inal)\s+Proc(?:\.|edure)(?:\s+Ann\.)?,?\s*${SECTION}(\d+\.\d+[a-zA-Z]?)`, 'gi'), build: (m) => `Tex. Code Crim. Proc. art. ${m[1]}` },
  { re: new RegExp(String.raw`\bN\.\s?Y\.\s+(Crim(?:\.|inal)\s+Proc(?:\.|edure)|Penal|Exec(?:\.|utive))\s+Law,?\s*${SECTION}(\d+(?:\.\d+)?)`, 'gi'), build: (m) => `N.Y. ${/crim/i.test(m[1] ?? '') ? 'Crim. Proc.' : /penal/i.test(m[1] ?? '') ? 'Penal' : 'Exec.'} Law ${m[2]}` },
  { re: new RegExp(String.raw`\bFla\.\s+Stat(?:\.|utes)(?:\s+Ann\.)?,?\s*${SECTION}(\d+\.\d+)`, 'gi'), build: (m) => `Fla. Stat. ${m[1]}` },
  { re: new RegExp(String.raw`\bVa\.\s+Code(?:\s+Ann\.)?,?\s*${SECTION}(\d+(?:\.\d+)?-\d+(?:\.\d+)?)`, 'gi'), build: (m) => `Va. Code ${m[1]}` },
  { re: /\bMass\.\s+Gen\.\s+Laws\s+ch\.\s*(\d+[A-Z]?),?\s*§\s*(\d+[A-Z]?)/gi, build: (m) => `Mass. Gen. Laws ch. ${m[1]} § ${m[2]}` },
  { re: new RegExp(String.raw`\b(\d{2,3})\s+ILCS\s+(\d+\/\d+(?:-\d+)?)`, 'g'), build: (m) => `${m[1]} ILCS ${m[2]}` },
]

function calCode(raw: string | undefined): string {
  const r = (raw ?? '').toLowerCase()
  if (r.startsWith('penal')) return 'Penal'
  if (r.startsWith('gov')) return 'Gov.'
  if (/proc/.test(r)) return 'Civ. Proc.'
  if (r.startsWith('evid')) return 'Evid.'
  if (r.startsWith('bus')) return 'Bus. & Prof.'
  return 'Civ.'
}

function runTable(text: string, table: { re: RegExp; build: (m: RegExpExecArray) => string }[], out: FoundCitation[], taken: Span[]): void {
  for (const { re, build } of table) {
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index
      const end = start + m[0].length
      if (taken.some((t) => start < t.end && end > t.start)) continue
      out.push(cite(text, start, end, build(m)))
      taken.push({ start, end, text: m[0] })
    }
  }
}

/** After "18 U.S.C. §§ 3122", the rest of the list: ", 3123,2703 (c) & (d)" or " and 2703\n\n(c) & (d)". */
function sectionList(text: string, from: number, title: string, code: 'U.S.C.' | 'CFR', out: FoundCitation[]): number {
  let at = from
  const item = new RegExp(String.raw`^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(\d+[a-zA-Z]?(?:\.\d+)?)((?:\s*\(\s?[a-zA-Z0-9]{1,4}\s?\)(?:\s*(?:&|and|,)\s*\(\s?[a-zA-Z0-9]{1,4}\s?\))*)*)`)
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
  const taken: Span[] = []
  runTable(text, LONG_FORMS, out, taken)
  runTable(text, RULES, out, taken)
  runTable(text, STATES, out, taken)
  const masked = taken.reduce((t, s) => t.slice(0, s.start) + ' '.repeat(s.end - s.start) + t.slice(s.end), text)
  for (const c of Citation.find(masked, { excerpt: 0, types: ['usc', 'cfr', 'law'] }).citations) {
    const start = c.index
    const end = start + c.match.length
    if (taken.some((t) => start < t.end && end > t.start)) continue
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
