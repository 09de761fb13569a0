/**
 * The issuing authority, as the document names it: a court caption, a known agency, a signature.
 * Candidates are scored by where they stand (heading, "issued by ...", signature) and against
 * where they stand as addressee or as another body the text merely mentions.
 */
import type { AuthorityKind } from '../../core/demand/index.js'
import type { Field, Span } from '../types.js'
import { SPELLED_OUT, candidates, type Candidate } from './authority-candidates.js'
import { KNOWN_ISSUERS } from './authority-table.js'
import { russianNominative } from './courts.js'
import { findJudge } from './judges.js'
import { letterheadLines } from './letterhead.js'
import { STATES, STATE_NAMES_TITLE } from './jurisdiction.js'
import { signatureBlocks } from './signers.js'
import { span } from './text.js'
import { uni } from './uni.js'

export type AuthorityResult = { field: Field<string | null>; kind: AuthorityKind | null; jurisdiction: string | null; jurisdictionEvidence: Span[] }

const STATE_AT_END = new RegExp(String.raw`\bcounty,\s*(${STATE_NAMES_TITLE})\s*$`, 'i')
const ISSUED_BY = uni(/(?:\b(?:issued|signed|sent|served|entered|made|requested|ordered)\s+by|\bfrom|\bon behalf of|\bOfício d[ao]|\boficio d[ea]l?|\brequerimiento d[ea]l?|\bréquisition d[eu]|\bErsuchen d(?:er|es))\s+(?:the\s+|a\s+judge\s+of\s+the\s+)?$/iu)
const ADDRESSEE = uni(/(?:\bto|\bTO:|\bserved on|\bdirected to|\baddressed to|\bdirigid[oa] a[oa]?|\bc\/o|\battention|\battn\.?|\bdestinatário|\bdestinatario|\bAn)\s*(?:the\s+)?$/iu)
const APPEAL_AFTER = uni(/^['’]?(?:n?[ea])?\s*(?:itiraz|başvur\w*)|^[^.\n]{0,20}\b(?:to appeal|on appeal|may be appealed)/iu)
/** A form that names the issuer in a field: "Issuing authority / Autorità emittente: ...". */
const ISSUER_LABEL = uni(/\b(?:issuing authority|authority issuing the order|autorità emittente|autoridad (?:emisora|emitente)|autoridade (?:emissora|emitente)|autorité (?:d'émission|émettrice)|anordnende Behörde|erlassende Behörde|issued by)\b[^\n]{0,40}?[:/]?\s*(?:\n\s*)?$/iu)
const CITED_RIGHT = /^[ \t]*(?:decision|ruling|judgment|order|opinion)[ \t]+(?:of|dated|from|no\.)/i
/** A court named as the place to appeal or sue ("Klage beim Verwaltungsgericht"), not as the issuer. */
const APPEAL = uni(/(?:appeal\w*|klage|beschwerde|recurso|recours|apelaci\w+|apelaç\w+|обжалован\w*|itiraz|review by|challenge\w*|erhoben)\b[^.]{0,60}$/iu)
const CITED = uni(/(?:\b(?:decision|ruling|judgment|order|opinion|determination|resolution|decree)\s+of|решени\w+|определени\w+|постановлени\w+|по делу|\bdecisão d[oa]|\bdecisión del?|\bBeschluss des|\bkararı|\bv\.)\s*(?:the\s+)?$/iu)

const OFFICIAL_TITLE = String.raw`(?:Acting |Deputy |Chief |Assistant |Executive |Vice[- ])?(?:Commissioner|Chair(?:man|woman|person)?|Director(?: General)?|Minister|Secretary|Special Agent in Charge|Ranking Member|Inspector General|Attorney General|Governor|President|Prosecutor|Superintendent)`
const OFFICIAL_NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){1,4}`
const OFFICIAL_AFTER = new RegExp(String.raw`^[ \t]*\(((?:the[ \t]+)?${OFFICIAL_TITLE}[ \t]+${OFFICIAL_NAME}|${OFFICIAL_NAME},[ \t]+${OFFICIAL_TITLE})\)`, 'u')

const CHAMBER = uni(/\b(?:vara|juzgado|juizado|chambre|sala|sección|secção|kammer|senat)\b/iu)

function clean(name: string): string {
  // OCR debris after a letterhead name: "ATLANTA POLICE DEPARTMENT - - ~~ = = oo" (two junk marks in a row).
  const debris = /\s[-~=_|*•]+\s+[-~=_|*•]/.exec(name)
  let n = debris ? name.slice(0, debris.index) : name
  n = n.replace(/\s+/g, ' ').replace(/^(?:the|The|THE|IN THE|In the)\s+/, '').replace(/[\s,.;:]+$/, '').trim()
  // A bilingual heading cut mid-way: "Ministry of Electronics ... (साइबर विधि प्रभाग" loses its open bracket.
  n = n.replace(/\s*\([^)]*$/, '').trim()
  // Letterheads in capitals read better (and compare the same) in title case; Turkish needs its own
  // lower case (İ -> i), or "HÂKİMLİĞİ" would come out with combining dots.
  // An acronym standing alone ("OCLCTIC", "OFAC") is a name in capitals, not a heading set in them.
  if (/^[^a-zа-яёçğışöüâ]*$/u.test(n) && /[A-ZА-ЯЁÇĞİŞÖÜ]{4}/u.test(n) && !/^\p{Lu}{2,8}$/u.test(n)) {
    const lower = /[İĞŞ]/.test(n) ? n.toLocaleLowerCase('tr') : n.toLowerCase()
    n = lower
      .replace(/(^|[\s(/-])(\p{L})/gu, (_, p: string, c: string) => p + (/[çğışöüâ]/.test(lower) ? c.toLocaleUpperCase('tr') : c.toUpperCase()))
      .replace(/(?<=\s)(Of|For|The|And|In|De|Da|Do|Del|Della|Delle|Dei|Di|Presso|La|Du|Der|Für|Et|Y|E|По|В|И)(?=\s)/gu, (w) => w.toLowerCase())
      .replace(/\((\p{L}{2,8})\)/gu, (_, a: string) => `(${a.toUpperCase()})`)
  }
  return n
}

/** Display names in "To:" lines ('To: "Ripple Law Enforcement Response" <lers@...>'), quoted ones too. */
function addresseeNames(text: string): string[] {
  const out: string[] = []
  for (const m of text.matchAll(/^[ \t>]*(?:To|Para|An|À|A|Кому|До)[ \t]*:[ \t]*"?([^"<>\n@]{3,80}?)"?[ \t]*<[^>\n]+@/gimu)) out.push((m[1] as string).trim())
  return out
}

function words(name: string): Set<string> {
  return new Set((name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 2))
}

function sameName(a: string, b: string): boolean {
  const x = words(a)
  const y = words(b)
  const shared = [...x].filter((w) => y.has(w)).length
  return shared > 0 && shared / new Set([...x, ...y]).size >= 0.5
}

/** Issuers name themselves at the top or at the foot; a very long text is read at both ends only. */
const HEAD = 60_000
const FOOT = 20_000

export function extractAuthority(full: string): AuthorityResult {
  // Blank the middle (same length, so offsets hold) instead of cutting it out.
  const text = full.length <= HEAD + FOOT ? full : full.slice(0, HEAD) + ' '.repeat(full.length - HEAD - FOOT) + full.slice(full.length - FOOT)
  const all = candidates(text)
  if (all.length === 0) return { field: { value: null, confidence: 0.2, evidence: [] }, kind: null, jurisdiction: null, jurisdictionEvidence: [] }
  const hasLatinKnown = all.some((c) => c.latin && c.base >= 4)
  const counts = new Map<string, number>()
  for (const c of all) counts.set(clean(c.name).toLowerCase(), (counts.get(clean(c.name).toLowerCase()) ?? 0) + 1)
  const blocks = signatureBlocks(text)
  const addressees = addresseeNames(text)
  const scored = all.map((c) => {
    let score = c.base
    // The body an officer signs for, under the signature ("Sgt. ... / Criminal Investigations Bureau / ... Sheriff's Office").
    if (c.kind !== 'court' && blocks.some((b) => c.start >= b.start && c.end <= b.end)) score += 1
    const left = text.slice(Math.max(0, c.start - 40), c.start)
    if (c.start < 400) score += 2
    else if (c.start < text.length * 0.15) score += 1
    if (c.start > text.length * 0.8) score += 1
    if (ISSUED_BY.test(left)) score += 2
    if (ADDRESSEE.test(left)) score -= 3
    // The provider signing its own auto-reply, named as the addressee in a "To:" line, is not the issuer.
    if (addressees.some((a) => sameName(a, clean(c.name)))) score -= 4
    if (CITED.test(left) || CITED_RIGHT.test(text.slice(c.end, c.end + 30))) score -= 3
    if (c.kind === 'court' && APPEAL.test(text.slice(Math.max(0, c.start - 80), c.start))) score -= 4
    // Named as where to object: "Hâkimliği'ne itiraz", "court ... to which an appeal lies".
    if (c.kind === 'court' && APPEAL_AFTER.test(text.slice(c.end, c.end + 40))) score -= 4
    if (ISSUER_LABEL.test(text.slice(Math.max(0, c.start - 60), c.start))) score += 4
    if (!c.latin && hasLatinKnown) score -= 1.5
    score += Math.min(1.5, ((counts.get(clean(c.name).toLowerCase()) ?? 1) - 1) * 0.5)
    return { c, score }
  })
  scored.sort((a, b) => b.score - a.score || a.c.start - b.c.start)
  let best = scored[0] as { c: Candidate; score: number }
  // "Provincial Court" in a page header, "PROVINCIAL COURT OF NOVA SCOTIA" in the caption: the same
  // court, named in full in the second. A near-equal candidate that holds the best one's name wins.
  const bestName = clean(best.c.name).toLowerCase()
  const fuller = scored.find((o) => o.score >= best.score - 1 && o.c.kind === best.c.kind && clean(o.c.name).length > bestName.length && clean(o.c.name).toLowerCase().startsWith(bestName))
  if (fuller) best = fuller
  let name = clean(best.c.name)
  if (best.c.kind === 'court' && best.c.jurisdiction === 'RU') name = russianNominative(name)
  const evidence: Span[] = [span(text, best.c.start, best.c.end)]
  // The unit under the issuer in the letterhead ("U.S. Customs and Border Protection / Office of
  // Professional Responsibility") belongs to its name, as the document gives it.
  const head = best.c.letterhead
  if (head) {
    // Under a court of justice, the chamber that decides is named too ("2ª Vara Criminal", "Juzgado de Instrucción n.º 4");
    // the police unit that applied to it is not part of its name.
    const unit = letterheadLines(text).find((l) => l.index > head.index && l.index <= head.index + 3 && (l.kind === 'court' ? best.c.kind === 'court' && CHAMBER.test(l.text) : !(best.c.kind === 'court' && l.kind === 'local_police')))
    // A name closed by its acronym ("... (OFAC)") is complete: the line under it is a section, not part of the name.
    if (unit && !SPELLED_OUT.test(name) && !KNOWN_ISSUERS.some((k) => k.rank >= 3 && k.test.test(unit.text))) {
      name = unit.text.startsWith('(') ? `${name} ${clean(unit.text)}` : `${name}, ${clean(unit.text)}`
      evidence.push(span(text, unit.start, unit.end))
    }
  }
  // "the National Telecommunications Commission (Commissioner Gamaliel A. Cordoba)": the official named
  // in brackets right after the body, as a clerk's description gives it, belongs to the name.
  const official = OFFICIAL_AFTER.exec(text.slice(best.c.end, best.c.end + 120))
  if (official && !name.includes('(')) {
    name = `${name} (${official[1]})`
    evidence.push(span(text, best.c.end, best.c.end + official[0].length))
  } else if (best.c.kind === 'court') {
    const judge = findJudge(text)
    if (judge) {
      name = `${name} (${judge.label})`
      evidence.push(span(text, judge.start, judge.end))
    }
  } else {
    // A requisition signed by a named police chief (Brazil's delegado) is his: the corpus names him.
    const officer = /\b(Delegad[oa] de Polícia(?: Federal| Civil)?)\s+((?:[A-ZÁÉÍÓÚ][\p{L}]+[ \t]?){2,5})/u.exec(text)
    // ... or signs with the name above the title: "Dra. Juliana Prates Moreira / Delegada de Polícia".
    const signed = officer ? null : /^[ \t]*(?:Dra?\.[ \t]+)?((?:[A-ZÁÉÍÓÚ][\p{L}]+[ \t]?){2,5})[ \t]*\r?\n[ \t]*(Delegad[oa] de Polícia(?: Federal| Civil)?)\b/mu.exec(text)
    if (officer) {
      name = `${name} (${officer[1]} ${(officer[2] as string).trim()})`
      evidence.push(span(text, officer.index, officer.index + officer[0].length))
    } else if (signed) {
      name = `${name} (${signed[2]} ${(signed[1] as string).trim()})`
      evidence.push(span(text, signed.index, signed.index + signed[0].length))
    }
  }
  const confidence = Math.min(0.9, 0.3 + best.score * 0.07)
  // "COURT OF COMMON PLEAS OF ALLEGHENY COUNTY, PENNSYLVANIA": a state named at the end of the caption.
  const stateAtEnd = STATES[STATE_AT_END.exec(best.c.letterhead?.text ?? best.c.name)?.[1]?.toLowerCase() ?? '']
  const jurisdiction = best.c.jurisdiction ?? (best.c.kind === 'court' && stateAtEnd ? `US-${stateAtEnd}` : null)
  return {
    field: { value: name, confidence, evidence },
    kind: best.c.kind,
    jurisdiction,
    jurisdictionEvidence: jurisdiction ? [evidence[0] as Span] : [],
  }
}
