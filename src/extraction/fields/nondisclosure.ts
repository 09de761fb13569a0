/**
 * Secrecy: does the document order or ask the provider not to tell the user, and on what basis?
 * Only a court order or a statute binds the provider; a request in a letter or a summons does not
 * (the flagship case turned on that), so the basis is reported with the value.
 */
import type { InstrumentType, NondisclosureBasis } from '../../core/demand/index.js'
import type { Field, Span } from '../types.js'
import { cue, findCues, negatedBefore, type Cue } from './cues.js'
import { uni } from './uni.js'

type Basis = NondisclosureBasis | 'unknown'

const POSITIVE: (Cue & { basis: Basis })[] = [
  { ...cue(/\bnon-?\s?disclosure (?:order|provision|directive|requirement|obligation)s?\b/i, 3, 'nd-order'), basis: 'unknown' },
  { ...cue(/\b(?:gag|secrecy) order\b/i, 3, 'gag-order'), basis: 'court_order' },
  { ...cue(/\b2705\s*\(\s*b\s*\)/i, 3, '2705b'), basis: 'court_order' },
  { ...cue(/\b(?:2709\s*\(\s*c\s*\)|3414\s*\(\s*a\s*\)\s*\(\s*3\s*\)|1681[uv]\s*\(\s*[cd]\s*\)|1861\s*\(\s*d\s*\)|3486\s*\(\s*a\s*\)\s*\(\s*6\s*\))/i, 3, 'nd-statute'), basis: 'statute' },
  { ...cue(/\b(?:request|requests|ask|asks|asked|requested|urge|urges)\b[^.]{0,40}\b(?:not|refrain from)\s+(?:to\s+)?(?:disclos|notify|inform|reveal|tell|alert|share)\w*/i, 3, 'nd-request'), basis: 'request' },
  { ...cue(/\b(?:please|kindly)\s+(?:do not|don't|refrain from)\s+(?:disclos|notify|inform|reveal|alert)\w*/i, 3, 'nd-please'), basis: 'request' },
  // "must not disclose the information before the return date" times a production; it is not secrecy.
  { ...cue(/\b(?:do|shall|must|will|should|are to|is to|directed|ordered|commanded|required|prohibited|precluded|enjoined)\b[^.]{0,30}\b(?:not|from)\s+(?:to\s+)?(?:disclos|notify|notifying|inform|reveal|alert)\w*(?!\w)(?!\s+(?:the\s+|any\s+)?(?:information|records|data|documents)\s+(?:before|until|prior))/i, 3, 'nd-directive'), basis: 'unknown' },
  { ...cue(/\bshall not\b[^.]{0,40}\b(?:inform|notify|tell|alert)\w*\s+(?:the\s+)?(?:user|account ?holder|holder|subscriber|customer|any person|anyone|the person)/i, 3, 'shall-not-before'), basis: 'unknown' },
  { ...cue(/\bnot\s+to\s+(?:disclose|notify|inform|reveal|alert)\b/i, 2.5, 'not-to-disclose'), basis: 'unknown' },
  { ...cue(/\b(?:delay(?:ed)?|postpone)\s+(?:any\s+)?notice\b/i, 2.5, 'delay-notice'), basis: 'court_order' },
  { ...cue(/\b(?:delay|defer|postpone)\w*\s+(?:informing|notifying|notification|telling)\b/i, 2.5, 'delay-informing'), basis: 'unknown' },
  { ...cue(/\b(?:strict\s+)?confidentiality\s+(?:shall|must|should|is to|will)\s+be\s+(?:maintained|observed|kept)\b|\bmaintain\w*\s+(?:strict\s+)?confidentiality\b/i, 3, 'confidentiality'), basis: 'unknown' },
  { ...cue(/\bother than to (?:those|any)\b[^.]{0,80}\b(?:disclosure|comply|attorney)/i, 2.5, 'nsl-clause'), basis: 'statute' },
  { ...cue(/\b(?:keep|treat|maintain)\b[^.]{0,40}\b(?:confidential|secret|strictly confidential)\b/i, 2, 'keep-confidential'), basis: 'request' },
  // Spanish, Portuguese, French, German, Russian, Chinese, Turkish.
  { ...cue(/\b(?:abstenerse|abstenga|no\s+(?:divulgar|revelar|informar|notificar|comunicar)|no\s+sea\s+(?:informad|notificad|comunicad)\w*)\b/i, 3, 'es'), basis: 'unknown' },
  { ...cue(/\b(?:secreto de (?:sumario|las actuaciones)|carácter reservado|estricta confidencialidad|confidencialidad|mantener (?:la )?reserva|reserva de la (?:presente|información|solicitud))\b/i, 2.5, 'es-secret'), basis: 'unknown' },
  { ...cue(/\b(?:divieto di (?:informare|comunicare|divulgare|rivelare)|non (?:informare|divulgare|comunicare|rivelare)|segreto investigativo|massima riservatezza)\b/i, 3, 'it'), basis: 'unknown' },
  { ...cue(/\b(?:sigilo|segredo de justiça|abster-se|não\s+(?:divulgar|revelar|informar|notificar|comunicar)|não\s+seja\s+(?:informad|notificad|comunicad|avisad)\w*|não\s+(?:informe|notifique|comunique))\b/i, 3, 'pt'), basis: 'unknown' },
  { ...cue(/\b(?:ne pas (?:divulguer|révéler|informer|communiquer|notifier)|ne soit pas (?:informé|avisé|notifié)e?|secret de l'enquête|confidentialité|confidentiel(?:le)?)\b/i, 2.5, 'fr'), basis: 'unknown' },
  { ...cue(/\b(?:nicht\s+(?:offenzulegen|mitzuteilen|zu informieren|zu benachrichtigen|bekannt zu geben)|Stillschweigen|Geheimhaltung|keine Benachrichtigung|Offenbarungsverbot|Mitteilungsverbot)/i, 3, 'de'), basis: 'unknown' },
  { ...cue(/\buntersagt\b[^.]{0,120}\bzu (?:informieren|benachrichtigen|unterrichten)\b/i, 3, 'de-forbidden'), basis: 'unknown' },
  { ...cue(/(?:не\s+(?:разглашать|уведомлять|сообщать|информировать)|конфиденциальн\w*|неразглашени\w*|разглашению\s+не\s+подлеж\w*|не\s+подлеж\w*\s+разглашению)/i, 3, 'ru'), basis: 'unknown' },
  { ...cue(/(?:保密|不得(?:向|透露|告知|泄露|披露)|严禁泄露)/u, 3, 'zh'), basis: 'unknown' },
  { ...cue(/\b(?:gizli tutul\w*|bildirilmemesi|ifşa edilmemesi)\b/i, 3, 'tr'), basis: 'unknown' },
  // Told the other way round: hold back or delay telling the user, keep the secret, a person "may not be informed".
  { ...cue(/\b(?:différer|retarder|reporter|suspendre)\s+(?:l'information|la notification|l'avis)\b|\bgarder le secret\b|\bne (?:peut|doit|pourra|devra)(?: dès lors| donc)? pas être (?:informé|avisé|notifié)e?s?\b/i, 3, 'fr-hold'), basis: 'unknown' },
  { ...cue(/\bnicht\s+zu\s+(?:verständigen|unterrichten|benachrichtigen)\b|\bnicht in Kenntnis zu setzen\b|\b(?:Zurückstellung|Aufschub) der (?:Benachrichtigung|Mitteilung)\b|\bvon (?:einer|der) (?:Benachrichtigung|Mitteilung)\b[^.]{0,40}\babzusehen\b/i, 3, 'de-hold'), basis: 'unknown' },
  { ...cue(/(?:недопустимост\w+ разглашени\w*|не\s+(?:ставить в известность|извещать)|запрет\w* (?:на )?разглашени\w*)/i, 3, 'ru-hold'), basis: 'unknown' },
  { ...cue(/\bno (?:deberá|debe|podrá|deberán|deben) (?:ser )?(?:informad|notificad|comunicad|avisad)\w*|\b(?:sin|evitando) (?:informar|notificar|avisar|dar conocimiento)\b[^.]{0,30}\b(?:usuario|titular|afectad\w*|investigad\w*)\b|\bdeclarad\w+ secret\w*/i, 3, 'es-hold'), basis: 'unknown' },
  { ...cue(/\bnão (?:deverá|deve|poderá|deverão|devem) (?:ser )?(?:informad|notificad|comunicad|avisad|cientificad)\w*|\bsem (?:informar|notificar|avisar|dar ciência)\b[^.]{0,30}\b(?:usuário|titular|investigad\w*)\b/i, 3, 'pt-hold'), basis: 'unknown' },
]

/** Statements that there is no secrecy obligation. */
const NEGATIVE: Cue[] = [
  cue(/\bno\s+(?:non-?\s?disclosure|gag|secrecy)\b/i, 3, 'no-nd'),
  cue(/\b(?:not|never)\s+(?:subject to|accompanied by|associated with)\s+(?:a|any)\s+(?:non-?\s?disclosure|gag)/i, 3, 'not-subject'),
  cue(/\b(?:you )?(?:may|are free to|is free to)\s+(?:notify|inform|tell)\s+(?:the\s+)?(?:user|subscriber|customer|account holder)/i, 2.5, 'may-notify'),
  cue(/\bdoes not (?:prohibit|prevent|bar) (?:you )?from (?:notifying|disclosing|informing)/i, 3, 'not-prohibited'),
]

const NEGATION = uni(/\b(?:no|not|never|without|nor|neither|sin|sem|sans|ohne|без|无|未)\b[^.]{0,12}$/i)

const COURT_INSTRUMENTS: ReadonlySet<InstrumentType> = new Set([
  'court_order_2703d', 'search_warrant', 'pen_register_order', 'grand_jury_subpoena', 'foreign_order', 'eu_dsa_order',
])

export type NondisclosureFields = { nondisclosure: Field<boolean | null>; basis: Field<NondisclosureBasis | null> }

export function extractNondisclosure(text: string, instrument: InstrumentType): NondisclosureFields {
  const positives = findCues(text, POSITIVE).filter((h) => {
    // "I request that you not disclose" is itself negative in form; only a negation before the cue counts.
    return !negatedBefore(text, h.span.start, NEGATION, 25)
  })
  const negatives = findCues(text, NEGATIVE)
  const evidence: Span[] = positives.slice(0, 4).map((h) => h.span)
  if (positives.length === 0) {
    if (negatives.length > 0) {
      const ev = negatives.slice(0, 2).map((h) => h.span)
      return { nondisclosure: { value: false, confidence: 0.85, evidence: ev }, basis: { value: null, confidence: 0.85, evidence: ev } }
    }
    if (instrument === 'national_security_letter') {
      // NSLs nearly always carry the statutory non-disclosure requirement (18 U.S.C. 2709(c)).
      return { nondisclosure: { value: true, confidence: 0.4, evidence: [] }, basis: { value: 'statute', confidence: 0.4, evidence: [] } }
    }
    // Silence is weak evidence of no secrecy demand (the corpus leaves unknowable cases null).
    return { nondisclosure: { value: false, confidence: 0.3, evidence: [] }, basis: { value: null, confidence: 0.3, evidence: [] } }
  }
  const stated = positives.map((p) => (POSITIVE.find((c) => c.name === p.cue.name)?.basis ?? 'unknown') as Basis)
  let basis: NondisclosureBasis
  if (stated.includes('court_order') && COURT_INSTRUMENTS.has(instrument)) basis = 'court_order'
  else if (stated.includes('statute') || instrument === 'national_security_letter') basis = 'statute'
  else if (stated.includes('court_order')) basis = 'court_order'
  else if (stated.includes('request')) basis = 'request'
  else basis = COURT_INSTRUMENTS.has(instrument) ? 'court_order' : 'request'
  const weight = positives.reduce((a, h) => a + h.cue.weight, 0)
  const confidence = Math.min(0.95, 0.55 + weight * 0.08) - (negatives.length > 0 ? 0.2 : 0)
  return {
    nondisclosure: { value: true, confidence, evidence },
    basis: { value: basis, confidence: confidence * 0.85, evidence },
  }
}
