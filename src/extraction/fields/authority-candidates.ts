/**
 * Candidates for the issuing authority: every place a text names a body that could have issued it
 * (a court caption, a listed agency, initials, a letterhead line, a body in the prose, an e-mail
 * sender's organisation), each with a base weight. authority.ts scores them by where they stand.
 */
import type { AuthorityKind } from '../../core/demand/index.js'
import { KNOWN_ISSUERS } from './authority-table.js'
import { findCourts } from './courts.js'
import { acronymDefinitions, letterheadLines, looksLikeOrganisation, type LetterheadLine } from './letterhead.js'
import { STATES, STATE_NAMES_TITLE } from './jurisdiction.js'
import { lineAt, lines } from './text.js'
import { uni } from './uni.js'

export type Candidate = { name: string; kind: AuthorityKind; jurisdiction: string | null; start: number; end: number; base: number; latin: boolean; letterhead?: LetterheadLine; generic?: boolean }

const GENERIC_AGENCY = new RegExp(
  String.raw`\b(?:(${STATE_NAMES_TITLE})[ \t]+)?(?:(?:[A-Z][a-z]+[ \t]+){0,3})(?:Department of (?:Public Safety|Justice|Corrections|Law|State Police|Revenue|Homeland Security|Financial Services)|State Police|Highway Patrol|Bureau of Investigation|Police Department|Sheriff['’]s (?:Office|Department)|District Attorney['’]s Office|Office of the (?:Attorney General|District Attorney|State['’]s Attorney)|Attorney General['’]s Office)(?:[ \t]+of[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)?`,
  'g',
)
/** Agencies signing with their initials ("FBI Charlotte Division"): written out, as labels name them. */
const ABBREVIATIONS: Record<string, string> = {
  FBI: 'Federal Bureau of Investigation', DEA: 'Drug Enforcement Administration', ATF: 'Bureau of Alcohol, Tobacco, Firearms and Explosives',
  HSI: 'Homeland Security Investigations', ICE: 'U.S. Immigration and Customs Enforcement', CBP: 'U.S. Customs and Border Protection',
  USSS: 'United States Secret Service', IRS: 'Internal Revenue Service', USPIS: 'U.S. Postal Inspection Service',
}
const ABBREVIATED = /\b(FBI|DEA|ATF|HSI|ICE|CBP|USSS|IRS|USPIS)\b(?![-/]\w)((?:[ \t]+[A-Z][a-z]+){1,3}[ \t]+(?:Division|Field Office|Office|Resident Agency|Section|Unit))?/g

const STATE_AFTER = new RegExp(String.raw`^(?:[ \t]*\((${STATE_NAMES_TITLE})\)|,[ \t]*(${STATE_NAMES_TITLE})\b(?![ \t]+\p{Lu}))`, 'u')
const PERSON = String.raw`((?:\p{Lu}[\p{Ll}'’-]+[ \t]+){1,3}\p{Lu}[\p{L}'’-]+)`
const EU_MEMBER = new RegExp(String.raw`^[ \t]*${PERSON}[ \t]*\r?\n[ \t]*((?:Executive[ \t]+)?(?:Vice-President|President|Member)[ \t]+of[ \t]+the[ \t]+(?:European[ \t]+)?Commission)\b`, 'gmu')
const EU_COMMISSIONER = new RegExp(String.raw`\bEuropean[ \t]+Commissioner[ \t]+${PERSON}`, 'gu')
const FAX_BANNER = /\bFAX\b[^\n]*\bP(?:AGE|\.)\s*\d+(?:\s*\/\s*\d+)?/i
export const SPELLED_OUT = /\S\s*\(\s*(\p{Lu}{2,10})\s*\)\s*$/u
const STATE_IN_NAME = new RegExp(String.raw`^(?:state of |city of |county of )?(${STATE_NAMES_TITLE})\b`, 'i')
/**
 * A body named in Title Case in the prose or the signature: "the Cyber Security and Technology Crime
 * Bureau (CSTCB) of the Hong Kong Police Force". Weak on its own; position and repetition decide.
 */
const TITLE_CASE_BODY = /\b(?:(?:[A-Z][a-z]+|and|of|for)[ \t]+){0,6}?[A-Z][a-z]+[ \t]+(?:Bureau|Department|Directorate|Division|Police Force|Police Service|Constabulary)(?:[ \t]*\([A-Z]{2,8}\))?(?:[ \t]+of[ \t]+the[ \t]+(?:[A-Z][a-z]+[ \t]+){0,5}(?:Police Force|Police|Ministry of [A-Z][a-z]+(?:[ \t]+(?:of[ \t]+)?[A-Z][a-z]+)*))?/g
/** "This is Beijing Network Industry Association": an association or society named by its own words. */
const SELF_NAMED = /\b(?:This is|We are|on behalf of)\s+(?:the\s+)?((?:[A-Z][a-z]+[ \t]+){1,5}(?:Association|Society|Federation|Alliance|Center|Centre|Council|Committee))\b/g
const ASSOCIATION = /\b(?:[A-Z][a-z]+[ \t]+){1,4}(?:Association|Agency|Authority|Commission|Administration|Ministry|Directorate|Inspectorate)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][a-z]+(?:[ \t]+(?:and[ \t]+)?[A-Z][a-z]+){0,3}/g
const HOTLINE = uni(/Консультант горячей линии[\s\S]{0,160}?(?:информации["»]|\n\s*\n)/gu)

const FROM_ORGANISATION = /^(?:From|Von|De|От|Від|Da|Van)\s*:\s*"?([^"<>\n@]{4,100}?)"?\s*<[^>\n]+@[^>\n]+>/gimu

export function candidates(text: string): Candidate[] {
  const out: Candidate[] = []
  for (const c of findCourts(text)) out.push({ ...c, latin: !/[\u0400-\u04FF\u4E00-\u9FFF]/.test(c.name) })
  for (const known of KNOWN_ISSUERS) {
    for (const m of text.matchAll(known.re)) {
      const start = m.index ?? 0
      out.push({ name: m[0], kind: known.kind, jurisdiction: known.jurisdiction, start, end: start + m[0].length, base: known.rank, latin: known.latin })
    }
  }
  for (const m of text.matchAll(ABBREVIATED)) {
    const start = m.index ?? 0
    const full = ABBREVIATIONS[m[1] as string] as string
    const unit = m[2] ? `, ${(m[2] as string).trim()}` : ''
    out.push({ name: `${full}${unit}`, kind: 'federal_agency', jurisdiction: 'US-federal', start, end: start + m[0].length, base: 3, latin: true })
  }
  for (const m of text.matchAll(GENERIC_AGENCY)) {
    const start = m.index ?? 0
    // "Suffolk County District Attorney's Office (Massachusetts)": the state right after a county body.
    const next = m[1] ? null : STATE_AFTER.exec(text.slice(start + m[0].length, start + m[0].length + 30))
    const after = next?.[1] ?? next?.[2]
    const state = STATES[(m[1] ?? after ?? '').toLowerCase()]
    out.push({ name: m[0], kind: state ? 'state_agency' : 'local_police', jurisdiction: state ? `US-${state}` : null, start, end: start + m[0].length, base: 2.5, latin: true, generic: true })
  }
  for (const m of text.matchAll(SELF_NAMED)) {
    const name = m[1] as string
    const start = (m.index ?? 0) + m[0].lastIndexOf(name)
    out.push({ name, kind: 'other', jurisdiction: null, start, end: start + name.length, base: 3.5, latin: true })
  }
  for (const m of text.matchAll(ASSOCIATION)) {
    const start = m.index ?? 0
    out.push({ name: m[0], kind: 'other', jurisdiction: null, start, end: start + m[0].length, base: 2, latin: true })
  }
  // A letter signed by a Member of the European Commission, or sent by a Commissioner, is the Commission's.
  const titles = new Map([...text.matchAll(EU_MEMBER)].map((m) => [m[1] as string, (m[2] as string).replace(/\s+/g, ' ')]))
  for (const re of [EU_MEMBER, EU_COMMISSIONER]) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0
      // The same person named as "Commissioner" in the text and by a title under the signature: the signature's title.
      const title = titles.get(m[1] as string) ?? 'European Commissioner'
      out.push({ name: `European Commission (${m[1]}, ${title})`, kind: 'eu_authority', jurisdiction: 'EU', start, end: start + m[0].length, base: re === EU_MEMBER ? 4.5 : 3.5, latin: true })
    }
  }
  for (const line of letterheadLines(text)) {
    // A letterhead line that holds a name we know (a court, a listed agency) lends it its position;
    // the specific name is kept rather than the whole line.
    const inner = out.filter((c) => c.start >= line.start && c.end <= line.end && (c.kind === 'court' || c.base >= 3 || c.generic))
    if (inner.length > 0) {
      for (const c of inner) {
        c.letterhead = line
        c.base += 0.5
        // "PROCURA DELLA REPUBBLICA / presso il Tribunale di Milano": the caption's second line is part of the name.
        // "OFFICE ANTI-CYBERCRIMINALITÉ (OFAC)": a line that spells out the acronym it holds names the body in full.
        if (line.continuation || SPELLED_OUT.exec(line.text)?.[1] === c.name.trim()) {
          c.name = line.text
          c.start = Math.min(c.start, line.start)
          c.end = line.end
        }
      }
      continue
    }
    const stateName = STATE_IN_NAME.exec(line.text)?.[1]
    const state = stateName ? STATES[stateName.toLowerCase()] : undefined
    out.push({
      name: line.text,
      kind: line.kind,
      jurisdiction: state ? `US-${state}` : null,
      start: line.start,
      end: line.end,
      // A court heading a document is its issuer; the agency that applied for the order is not. A unit
      // line under a body already in the letterhead ("Criminal Investigations Unit") names part of it.
      base: line.kind === 'court' ? 5 : line.unit && out.some((c) => c.letterhead && c.letterhead.index < line.index && c.letterhead.index >= line.index - 3) ? 2.5 : 3.5,
      latin: !/[\u0400-\u04FF\u4E00-\u9FFF]/.test(line.text),
      letterhead: line,
    })
  }
  // Bodies named in Title Case in the prose, where no other candidate already stands.
  for (const m of text.matchAll(TITLE_CASE_BODY)) {
    const name = m[0].replace(/^(?:and|of|for)\s+/, '')
    const end = (m.index ?? 0) + m[0].length
    const start = end - name.length
    if (out.some((c) => c.start < end && c.end > start)) continue
    out.push({ name, kind: /Police|Constabulary/.test(name) ? 'local_police' : 'other', jurisdiction: null, start, end, base: 2, latin: true })
  }
  // An e-mail sent in an organisation's name: 'From: "Lancashire Constabulary - Communications Data Unit" <...>'.
  for (const m of text.matchAll(FROM_ORGANISATION)) {
    const display = (m[1] as string).trim()
    if (!looksLikeOrganisation(display)) continue
    const start = (m.index ?? 0) + m[0].indexOf(display)
    out.push({ name: display.replace(/\s+[-–|]\s+/g, ', '), kind: /\b(?:police|constabulary|polic[ií]a|polizei|sheriff)\b/i.test(display) ? 'local_police' : 'other', jurisdiction: null, start, end: start + display.length, base: 3, latin: !/[\u0400-\u04FF\u4E00-\u9FFF]/.test(display) })
  }
  for (const m of text.matchAll(HOTLINE)) {
    const start = m.index ?? 0
    out.push({ name: `Roskomnadzor hotline (${m[0].replace(/\s+/g, ' ').trim()})`, kind: 'foreign_authority', jurisdiction: 'RU', start, end: start + m[0].length, base: 2.5, latin: false })
  }
  spellOutAcronyms(text, out)
  // The acronym alone names the body the document spells it out for ("OFAC" -> "Office anti-cybercriminalité (OFAC)").
  const spelled = new Map(out.flatMap((c) => (SPELLED_OUT.test(c.name) ? [[SPELLED_OUT.exec(c.name)?.[1], c.name] as const] : [])))
  for (const c of out) c.name = spelled.get(c.name.trim()) ?? c.name
  // Overlapping hits: keep the longer, more specific name.
  out.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start))
  return out.filter((c, i) => !out.some((o, j) => j !== i && o.start <= c.start && o.end >= c.end && (o.end - o.start > c.end - c.start || j < i)))
}

/**
 * An acronym the document spells out ("... Committee (GRAC)") names its body by that full form: the
 * definition is a candidate, and so is each bare use of the acronym, under the same name.
 */
function spellOutAcronyms(text: string, out: Candidate[]): void {
  const definitions = acronymDefinitions(text)
  const all = definitions.length > 0 ? lines(text) : []
  for (const d of definitions) {
    if (ABBREVIATIONS[d.acronym]) continue
    const known = KNOWN_ISSUERS.find((k) => k.test.test(d.name))
    const make = (start: number, end: number): Candidate => ({ name: d.name, kind: known?.kind ?? 'other', jurisdiction: known?.jurisdiction ?? null, start, end, base: 3, latin: true })
    out.push(make(d.start, d.end))
    for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}\p{N}_])${d.acronym}(?![\p{L}\p{N}_])`, 'gu'))) {
      const start = m.index ?? 0
      const end = start + m[0].length
      // A fax machine's banner ("FAX +32 ... POLICE FED - RCCU LIEGE   PAGE 01/02") names the sending machine, not the issuer.
      if (FAX_BANNER.test(lineAt(all, start)?.text ?? '')) continue
      if (!out.some((c) => c.start < end && c.end > start)) out.push(make(start, end))
    }
  }
}
