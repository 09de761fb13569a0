/**
 * The kind of legal process. U.S. documents are scored against cue tables (a cue in the title
 * counts more than one in the body); foreign documents are a DSA order, a takedown demand from an
 * agency, or a foreign order (a court decision, or a police or prosecutor's demand for data).
 */
import type { AuthorityKind, InstrumentType } from '../../core/demand/index.js'
import type { Field, Span } from '../types.js'
import { cue, findCues, type Cue, type CueHit } from './cues.js'
import { affirmedEmergency, EMERGENCY_CUES } from './emergency.js'

const US_CUES: Partial<Record<InstrumentType, Cue[]>> = {
  national_security_letter: [
    cue(/\bnational security letter\b/i, 6, 'nsl'),
    cue(/\bNSL\b/, 3, 'nsl-abbr'),
    cue(/\b18\s*U\.?\s?S\.?\s?C\.?\s*§*\s*2709\b|\bsection 2709\b/i, 4, '2709'),
    cue(/\b1681[uv]\b|\b3414\s*\(a\)\s*\(5\)|\b50\s*U\.?S\.?C\.?\s*§*\s*(?:3162|436)\b/i, 4, 'nsl-statutes'),
  ],
  pen_register_order: [
    cue(/\bpen[- ]register\b/i, 5, 'pen-register'),
    cue(/\btrap and trace\b/i, 4, 'trap-trace'),
    cue(/\b18\s*U\.?\s?S\.?\s?C\.?\s*§*\s*312[23]\b/i, 3, '3123'),
  ],
  court_order_2703d: [
    cue(/\b2703\s*\(\s*d\s*\)/i, 3.5, '2703d'),
    cue(/\bspecific and articulable facts\b/i, 2.5, 'articulable'),
    cue(/\b(?:2703\s*\(\s*d\s*\)|d)\s+order\b/i, 2, 'd-order'),
  ],
  search_warrant: [
    cue(/\bsearch (?:and seizure )?warrants?\b/i, 5.5, 'search-warrant'),
    cue(/\bwarrants?\b/i, 2, 'warrant'),
    cue(/\bprobable cause\b/i, 1.5, 'probable-cause'),
    cue(/\bproperty to be (?:searched|seized)\b|\bparticular things to be seized\b/i, 2, 'attachments'),
  ],
  grand_jury_subpoena: [
    cue(/\bgrand jury\b/i, 5.5, 'grand-jury'),
  ],
  trial_subpoena: [
    // A prosecutor's subpoena in a pending prosecution: "Subpoena duces tecum ... in People v. Harris".
    cue(/\b[Ss]ubpoena\b[^]{0,300}?\b(?:People|State|Commonwealth)(?: of (?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+)?)? v\.? [A-Z]/, 3.5, 'prosecution-subpoena'),
    cue(/\bsubpoena to (?:testify|appear) at (?:a )?(?:hearing or )?trial\b|\btrial subpoena\b|\bsubpoena\b[^.\n]{0,30}\bfor trial\b|\btestify\b[^.]{0,40}\bat (?:the )?trial\b|\bsubpoena\b[^.\n]{0,30}(?:--|–|—|-)\s*trial\b|\bset for (?:jury |bench )?trial\b/i, 6, 'trial'),
  ],
  civil_subpoena: [
    cue(/\bFed(?:eral|\.)?\s*R(?:ules?|\.)?\s*(?:of\s+)?Civ(?:il|\.)?\s*P(?:rocedure|\.)?\s*45\b|\bRule 45\b/i, 5, 'frcp45'),
    cue(/\bin a civil (?:action|case)\b|\bcivil action\b/i, 3, 'civil-action'),
    cue(/\bplaintiffs?\b/i, 1, 'plaintiff'),
    cue(/\bdefendants?\b/i, 1, 'defendant'),
    // Suits to unmask an anonymous poster: "John Doe", Virginia's anonymous-communicator statute.
    cue(/\bJohn Does?\b|\bJane Does?\b|\banonymous communicator\b|\b8\.01-407\.1\b/i, 3, 'doe-unmasking'),
  ],
  administrative_subpoena: [
    cue(/\badministrative subpoena\b/i, 6, 'admin-subpoena'),
    cue(/\b21\s*U\.?\s?S\.?\s?C\.?\s*§*\s*876\b|\b18\s*U\.?\s?S\.?\s?C\.?\s*§*\s*3486\b|\b8\s*U\.?\s?S\.?\s?C\.?\s*§*\s*1225\s*\(d\)|\b5\s*U\.?\s?S\.?\s?C\.?\s*App/i, 4, 'admin-statutes'),
    cue(/\bInspector General Act\b|\bDEA Form\b|\bImmigration Enforcement Subpoena\b|\bForm I-138\b/i, 3, 'admin-forms'),
    cue(/\b(?:Securities and Exchange Commission|Commodity Futures Trading Commission|Consumer Financial Protection Bureau|Office of Inspector General)\b[^]{0,400}\bsubpoena\b/i, 3, 'agency-subpoena'),
    cue(/\b(?:Attorney General['’]s investigative|investigative subpoena|civil investigative demand|Executive Law § ?63)\b/i, 3, 'state-investigative'),
  ],
  administrative_summons: [
    cue(/\bsummons\b/i, 3.5, 'summons'),
    cue(/\b19\s*U\.?\s?S\.?\s?C\.?\s*§*\s*1509\b|\b26\s*U\.?\s?S\.?\s?C\.?\s*§*\s*760[29]\b/i, 3, 'summons-statutes'),
    cue(/\b(?:DHS\s+)?Form\s+3115\b|\bIRS Form 2039\b|\bForm 2039\b/i, 4, 'summons-forms'),
  ],
  emergency_disclosure_request: EMERGENCY_CUES.map((c) => ({ ...c, weight: c.weight + 1.5 })),
  preservation_request: [
    cue(/\b2703\s*\(\s*f\s*\)/i, 5, '2703f'),
    // "the records already preserved under the State's preservation letter of April 2" names an earlier letter.
    // (The look-behind stands after the word, so it is only tried where the word is.)
    cue(/\bpreservation(?<!\b(?:under|per|pursuant to|following|in response to|after)\s+(?:the\s+|our\s+|your\s+|its\s+|a\s+|an\s+|earlier\s+|prior\s+|previous\s+)?(?:[\w]+['’]s\s+)?preservation) (?:request|letter|demand|order|notice)\b/i, 5, 'preservation'),
    cue(/\b(?:request|requests|asked|ask) (?:that you |you to |to )?preserve\b/i, 3, 'request-preserve'),
  ],
  eu_dsa_order: [
    cue(/\b(?:Regulation|Verordnung|Règlement|Reglamento|Regulamento|Regolamento|Verordening) \((?:EU|UE)\) (?:No\.? |Nr\. )?2022\/2065\b|\bDigital Services Act\b|\bGesetz über digitale Dienste\b|\b(?:législation|règlement) sur les services numériques\b|\bLey de Servicios Digitales\b|\bArt(?:\.|ikel|icle)? (?:9|10) (?:DSA|des DSA)\b/i, 5, 'dsa'),
  ],
  takedown_demand: [
    cue(/\b(?:take\s?down|remove|removal|delete|deletion|block(?:ing)?\s+access|restrict(?:ing)?\s+access|disable\s+access|take\s+(?:it|them|this)\s+(?:off|down))\b/i, 2, 'removal'),
    cue(/\b(?:demand|request|notice|direction|order)s? (?:for|of) (?:the )?(?:removal|blocking|takedown|deletion)\b|\b(?:removal|takedown|blocking) (?:notice|demand|request|direction|order)\b/i, 4, 'removal-title'),
    cue(/\bDMCA\b|\bnotice and take ?down\b|\b17\s*U\.?S\.?C\.?\s*§*\s*512\b/i, 4, 'dmca'),
  ],
}

const PRIORITY: InstrumentType[] = [
  'national_security_letter', 'pen_register_order', 'court_order_2703d', 'search_warrant', 'grand_jury_subpoena',
  'emergency_disclosure_request', 'preservation_request', 'administrative_summons', 'administrative_subpoena',
  'trial_subpoena', 'civil_subpoena', 'eu_dsa_order', 'takedown_demand',
]

/** Removal and blocking language in the corpus languages. */
export const REMOVAL_CUES: Cue[] = [
  cue(/\b(?:take\s?down|remove|removal|delete|block(?:ing)?\s+access|restrict(?:ing)?\s+access|disable\s+access|take\s+(?:it|them|this)\s+(?:off|down)|access\s+(?:will|shall)\s+be\s+(?:limited|restricted|blocked))\b/i, 2, 'en'),
  cue(/\b(?:shut(?:ting)?[- ]?down|close down|closing down|taking down)\b(?:[^.]{0,20}\b(?:or|and) restrict\w*)?|\bblock(?:ing|ed)?\s+(?:the\s+)?access\b|\b(?:continue to |please )block\s+(?:them|it|these|those)\b|\bwithdrawal of\b[^.]{0,30}\bcontent\b|\bwithhold(?:ing)?\s+(?:the\s+)?(?:users?|repositor\w+|content|accounts?)\b/i, 3, 'en-block-access'),
  cue(/\b(?:access to|websites?|sites?|URLs?|accounts?|posts?|pages?|content)\b[^.]{0,40}\bbe (?:blocked|removed|taken down|disabled|restricted)\b/i, 3, 'en-be-blocked'),
  cue(/\bblock(?:ing|ed)?\b[^.]{0,40}\b(?:URLs?|accounts?|content|posts?|pages?|websites?|public access)\b|\bwithhold\w*\b[^.]{0,30}\bin (?:India|the country|Russia|Turkey|Germany)\b/i, 3, 'en-block'),
  cue(/удален\w*|удалить|ограничени\w+ доступа|ограничить доступ|доступ \w+ ограничен|заблокир\w*|Единый реестр|запрещенной к распространению/iu, 3, 'ru'),
  cue(/删除|屏蔽|下架|撤下|处置|清理|关闭(?:账号|帐号)|封禁/u, 3, 'zh'),
  cue(/\berişimin engellenmesi\w*|\bkaldırılması\b|\bçıkarılması\b|\berişim engeli\b|\bengelle(?:me|nmesi|nmiştir|ndi)\b|\bidari tedbir\b/iu, 3, 'tr'),
  cue(/\bpemutusan akses\b|\bpemblokiran\b|\bmemblokir\b|\bpenghapusan konten\b|\bmenghapus\b|\btake ?down\b/iu, 3, 'id'),
  cue(/\bverwijder(?:en|ing)\b|\bblokkeren\b|\bontoegankelijk maken\b/iu, 2.5, 'nl'),
  cue(/\b(?:retirada|retirar|eliminar|eliminación|bloquear|bloqueo|remoção|remover|bloqueio|indisponibiliza\w*|retrait|retirer|supprimer|suppression|blocage|déréférencement|Entfernung|entfernen|löschen|Löschung|Sperrung|sperren)\b/iu, 2.5, 'romance-de'),
]

/** Asking for data to be handed over (as opposed to removed): a verb of handing over near a data noun. */
export const DATA_REQUEST_CUES: Cue[] = [
  cue(/\b(?:produce|provide|furnish|disclose|turn over)\b[^.]{0,80}\b(?:records|information|data)\b/i, 3, 'en'),
  cue(/\b(?:requisit\w*|fornecer|informar)\b[^.]{0,80}\bdados\b|\bdados (?:pessoais|cadastrais)\b/iu, 3, 'pt'),
  cue(/\b(?:proporcion\w*|remit\w*|facilit\w*|aport\w*)\b[^.]{0,80}\bdatos\b/iu, 3, 'es'),
  cue(/\b(?:communiquer|transmettre|fournir)\b[^.]{0,80}\b(?:données|informations)\b/iu, 3, 'fr'),
  cue(/\b(?:comunicare|fornire|trasmettere|esibire)\b[^.]{0,80}\b(?:dati|informazioni)\b/iu, 3, 'it'),
  cue(/\b(?:Auskunft|übermitteln|herauszugeben|Herausgabe)\b/iu, 3, 'de'),
  cue(/\b(?:verstrekken|verstrekking|afgeven|af te geven|overleggen)\b[^.]{0,80}\bgegevens\b|\bgegevens\b[^.]{0,120}\b(?:te verstrekken|af te geven)\b/iu, 3, 'nl'),
  cue(/предостав\w*[^.]{0,60}(?:сведени\w*|данн\w*|информаци\w*)\s+(?:о|об)\s+(?:пользовател|владельц|абонент|лиц)\w*/iu, 3, 'ru'),
  cue(/提供[^。]{0,40}(?:信息|资料|数据)|调取/u, 3, 'zh'),
]

/** A list of what is asked for, under a heading or in a sentence: "INFORMATION REQUESTED", "we request the subscriber ...". */
const DATA_ASKED = /\b(?:information|records|data)\s+(?:requested|sought)\b|\brequest(?:ing|ed)?\b[^.\n]{0,40}\b(?:information|records|data|subscriber|IP address\w*|logs?)\b/i

const PRESERVATION_INTL = cue(/\b(?:conservación|conservar los datos|preservação|preservar os dados|conservation des données|Sicherungsanordnung|Quick Freeze|einfrieren|conservazione(?: dei dati)?|conservare i dati|congelamento|сохранност\w*|保全)\b/iu, 4, 'preserve-intl')

const GAG_ORDER = cue(/\border (?:commanding|directing|requiring)\b[^\n]{0,80}?\bnot to (?:notify|disclose)\b|\bfor an order pursuant to 18 U\.?S\.?C\.? § ?2705 ?\(b\)|\bapplied under 18 U\.?S\.?C\.? § ?2705 ?\(b\) for an order\b/i, 8, 'gag-order')

export type InstrumentContext = { jurisdiction: string | null; authorityKind: AuthorityKind | null }

function weigh(text: string, hits: CueHit[]): number {
  const titleZone = Math.min(600, Math.max(200, text.length * 0.15))
  const counted = new Map<string, number>()
  let total = 0
  for (const h of hits) {
    const n = counted.get(h.cue.name) ?? 0
    counted.set(h.cue.name, n + 1)
    if (n >= 2) continue // a word repeated ten times is not ten times the evidence
    const inTitle = h.span.start < titleZone || /^[^a-z]*$/.test(text.slice(h.span.start, h.span.end + 20).split(/[\r\n]/)[0] ?? '')
    total += h.cue.weight * (inTitle ? 1.5 : 1) * (n === 0 ? 1 : 0.3)
  }
  return total
}

function result(value: InstrumentType, confidence: number, evidence: Span[]): Field<InstrumentType> {
  return { value, confidence, evidence: evidence.slice(0, 4) }
}

export function classifyInstrument(text: string, ctx: InstrumentContext): Field<InstrumentType> {
  const j = ctx.jurisdiction
  const foreign = j !== null && !j.startsWith('US')
  const dsa = findCues(text, US_CUES.eu_dsa_order ?? [])
  if (dsa.length > 0 && (j === 'EU' || foreign)) return result('eu_dsa_order', 0.8, dsa.map((h) => h.span))
  const removal = findCues(text, REMOVAL_CUES)
  const data = findCues(text, DATA_REQUEST_CUES)
  const emergency = affirmedEmergency(text, findCues(text, EMERGENCY_CUES))
  // "a very important investigation ... a national emergency" that asks only for content to be withheld:
  // urgency does not make a removal demand an emergency request for data.
  if (data.length === 0 && !DATA_ASKED.test(text) && weigh(text, removal) >= 4 && emergency.length > 0) {
    return result('takedown_demand', 0.6, removal.map((h) => h.span))
  }
  if (foreign) {
    if (weigh(text, emergency) >= 4) return result('emergency_disclosure_request', 0.7, emergency.map((h) => h.span))
    const preserve = findCues(text, [PRESERVATION_INTL, ...(US_CUES.preservation_request ?? [])])
    // A court's order is an order, whatever it also asks to keep.
    if (ctx.authorityKind === 'court') return result('foreign_order', 0.75, [...removal, ...data].map((h) => h.span))
    if (preserve.length > 0 && removal.length === 0) return result('preservation_request', 0.65, preserve.map((h) => h.span))
    if (removal.length > 0 && weigh(text, removal) >= weigh(text, data)) return result('takedown_demand', 0.75, removal.map((h) => h.span))
    return result('foreign_order', data.length > 0 ? 0.7 : 0.45, data.map((h) => h.span))
  }
  // An order that only gags the provider about other process (a 2705(b) order) is none of the listed kinds.
  const gag = findCues(text.slice(0, Math.max(600, text.length * 0.2)), [GAG_ORDER])
  if (gag.length > 0) return result('other', 0.6, gag.map((h) => h.span))
  let best: { type: InstrumentType; score: number; hits: CueHit[] } | null = null
  for (const type of PRIORITY) {
    const found = findCues(text, US_CUES[type] ?? [])
    const hits = type === 'emergency_disclosure_request' ? affirmedEmergency(text, found) : found
    const score = weigh(text, hits)
    if (score >= 3 && (!best || score > best.score + 0.01)) best = { type, score, hits }
  }
  // A 2703(d) cue inside a warrant or a pen register order is the other order's authority, not its kind.
  if (!best) {
    const subpoena = /\bsubpoena/i.test(text)
    return result('other', subpoena ? 0.4 : 0.25, [])
  }
  return result(best.type, Math.min(0.95, 0.4 + best.score * 0.05), best.hits.map((h) => h.span))
}
