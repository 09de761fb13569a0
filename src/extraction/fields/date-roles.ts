/**
 * Tells the dates in a demand apart: the day it was issued, the day the provider must answer by,
 * and the many others it mentions (record periods, service, statutes, other decisions). Each date
 * is scored from the words around it; a date with no cue for a role is not given that role, since
 * a wrong issue date is worse than none.
 */
import type { FoundDate } from './dates.js'
import { lineAt, lines, type Line } from './text.js'
import { uni } from './uni.js'

type Rule = [RegExp, number, string]

/** Cue tables are written with \b and \w; uni() makes those work for every script. */
function rules(list: Rule[]): Rule[] {
  return list.map(([re, weight, name]) => [uni(re), weight, name])
}

export type ScoredDate = FoundDate & { issue: number; deadline: number; cues: string[] }

const ISSUE_LEFT: Rule[] = rules([
  [/\b(?:dated|date of (?:issue|issuance|order|this (?:letter|request|order|notice))|issued|issue date|entered|executed|so ordered|ordered|done at|signed|witness my hand|given under my hand)\b[^.\n\r]{0,45}$/i, 3, 'issue-verb'],
  [/\b(?:fait (?:à|a) [\p{L} -]{2,30},? le|en date du)\s*$/iu, 3, 'fr-issue'],
  [/(?<!Gönderim |Gönderme )\b(?:date|fecha|data|datum|дата|tarih\w*|TAR[İI]H[İI])(?: (?:of|de|do|du|der|des|d') ?(?:issue|issuance|notice|order|letter|request|the (?:order|notice|letter|request)|emisión|expedición|emissão|l'acte|la demande|Ausstellung)| (?:направления|составления|документа|выдачи|уведомления|письма))?\s*:\s*(?:\p{L}{2,12}\.?,\s*)?$/iu, 3, 'date-label'],
  // A document's own number and date in its title line: "Уведомление № 114-22/ЭК от 18.05.2022", "Ofício nº 0384/2022 de ...".
  [/(?:^|[\r\n])[ \t]*(?![^\r\n]*?\b(?:law|act|code|закон\w*|кодекс\w*|lei|ley|loi|gesetz\w*|decree|resolution|constitution)\b)[\p{L}. ]{2,40}(?:№|No\.?|Nr\.?|n[º°.]+)\s*[\w/.-]{1,30}\s+(?:от|від|of|dated|del|de|du|vom)\s*$/iu, 3, 'numbered-title'],
  [/\bthis\s*$/i, 2, 'this-day-of'],
  // "Issued under authority of the Internal Revenue Code, section 7602, this 12th day of February, 2025."
  [/\b(?:issued|dated|given|signed|executed|subscribed)\b[^.\n\r]{46,140},\s*this\s*$/i, 2, 'issued-this-day'],
  [/\b(?:datad[oa] de|de data|de fecha|con fecha|en date du|fait (?:à|a) [\p{L} -]{2,30},? le|ausgestellt am|erlassen am|vom|tertanggal|bertanggal|(?:vonnis|beschikking|uitspraak|arrest|bevel|vordering)\b[^.\n\r]{0,40}\bvan)\s*$/iu, 2.5, 'issue-phrase'],
  // "Guadalajara, Jalisco, a 3 de agosto de 2025", also inside a quoted e-mail ("> ").
  [/(?:^|[\r\n])[ \t]*(?:>[ \t]*)*(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda|terça|quarta|quinta|sexta|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b)[\p{Lu}][\p{L} .,'()-]{1,40},[ \t]*(?:a|em|le|den|el|il|am|on|dnia)?[ \t]*$/u, 2.5, 'place-date'],
  [/\b(?:sent|envoyé|enviado|gesendet|Gönderim Tarihi|Gönderme Tarihi)(?: (?:el|le|am|em))?\s*:\s*(?:\p{L}{2,12}\.?,?\s*)?$/iu, 2, 'sent-header'],
  // A clerk's description line: "[Search warrant approved on June 14, 2019 by a magistrate ...]",
  // "[Removal notice given by the eSafety Commissioner to X Corp on 16 April 2024 ...]".
  [/(?:^|[\r\n])[ \t]*\[[^\]\r\n]*\b(?:sent|faxed|mailed|e-?mailed|transmitted|approved|given|issued|signed|adopted|made|entered)\b(?: (?:by|to|from) [^\]\r\n]{1,70}?)?(?: (?:by|to|from) [^\]\r\n]{1,70}?)? on\s*$/iu, 3, 'description-issued'],
  // "[Provvedimento del Garante ... del 30 marzo 2023 ...]": the first date of a description line is the document's.
  [/(?:^|[\r\n])[ \t]*\[[^\]\r\n\d]{0,100}?\b(?:of|dated|del|du|de|vom|от|від)\s*$/iu, 2.5, 'description-dated'],
  [/\bassinad[oa](?: digitalmente| eletronicamente)? em\s*$/iu, 3, 'pt-signed'],
  // The decision's own words: "... karar verildi. 04/09/2024".
  [/\b(?:karar verildi|oybirliğiyle karar)\.?\s*$/iu, 3, 'tr-decided'],
])

const NOT_ISSUE_LEFT: Rule[] = rules([
  // The date a certified copy was made ("Ausgefertigt / Köln, 23.01.2025"), not the decision's.
  [/\b(?:Ausgefertigt|Beglaubigt|für die Richtigkeit der Abschrift|Urkundsbeamt\w*|certified (?:true )?copy)\b[^]{0,40}$/iu, -4, 'certified-copy'],
  // Another document's reference: "vide letter No. 11034/07/2025 dated".
  // "sur autorisation de Madame la procureure ... en date du 12 septembre": the authorisation's date.
  [/\b(?:autorisation|ordonnance|décision|jugement|arrêt|commission rogatoire|réquisitions?|soit-transmis)\b[^.;]{0,120}\ben date du\s*$/iu, -4, 'fr-other-act'],
  // A certificate or proof of service dates the service, not the instrument.
  [/\b(?:certificate of service|proof of service|return of service|I (?:hereby )?certify that I (?:served|gave)|(?:summons|subpoena) (?:was|were) served|served the (?:summons|subpoena)|giving notice)\b[^]{0,220}$/iu, -4, 'service-section'],
  [/\b(?:vide|see|per|under|reference|ref\.?|in response to|pursuant to)\s+(?:the\s+|its\s+|our\s+|your\s+)?(?:letter|order|notice|request|communication|e-?mail)\b[^\n\r]{0,50}\bdated\s*$/iu, -6, 'referenced-letter'],
  [/\b(?:from|between|through|thru|until|since|starting|beginning|ending|period|born|birth|dob|served|service|received|receipt|unseal\w*|withdr[ae]w\w*|vacated|filed|rescind\w*|lifted|occurred|published|posted|created|accessed|login|logged|expir\w*|effective|events? of|on or before|no later than|not later than|due|deadline|respond\w*|return|appear\w*|produce|production|compliance|desde|hasta|entre|até|depuis|jusqu|seit)\b(?![^.\n\r]*\bdated\s*$)[^.\n\r]{0,25}$/iu, -3, 'other-event'],
  [/(?:\b(?:to|by|before|after|and|al|au|bis|и|по|до|с)|[-–—])\s*$/iu, -3, 'range-end'],
])

const OTHER_EVENT_WEIGHT = NOT_ISSUE_LEFT.find(([, , name]) => name === 'other-event')?.[1] ?? 0

/** Another document's date: "Federal Law of 27.07.2006", "the court's order of November 9, 2017". */
const OTHER_DOCUMENT_LEFT = uni(/\b(?:law|act|code|statute|decision|ruling|judgment|letter|request|application|motion|opinion|warrant|subpoena|order|demand|requirement|требовани\w*|закон\w*|кодекс\w*|решени\w*|определени\w*|постановлени\w*|поручени\w*|приказ\w*|письм\w*|указ\w*|lei|ley|loi|gesetz\w*|decreto|decree|resolu\w*|beschluss\w*|urteil\w*|kanun\w*|autorisation|ordonnance|décision|jugement|arrêt|réquisition|commission rogatoire|auto|sentencia|oficio|ofício|decisão|despacho|Verfügung|Anordnung)\b[^.\n\r]{0,50}\b(?:of|от|de|du|vom|del|dated|on)\s*$/iu)

/**
 * Russian notices cite the decision they rest on at length: "на основании решения Федеральной
 * службы по надзору в сфере ... от 07.07.2021", "(Советский районный суд - Саратовская область) от".
 */
const RU_OTHER_DOCUMENT = uni(/\b(?:требовани\w*|решени\w*|определени\w*|постановлени\w*|поручени\w*|письм\w*|суд\w*|decision|demand|request|requirement|court)\b(?<!\b(?:this|our|the present)\s+\w+)(?:[^\n\r]|\r?\n(?![ \t]*\r?\n)){0,160}?\b(?:от|dated|of)\s*$/iu)

/** A line that is a title: a body's name, a comma, the kind of decision and its date ("Rechtbank Amsterdam, vonnis van"). */
const TITLE_LINE = uni(/^[ \t]*\p{Lu}[\p{L}.' -]{2,80}(?:gericht|court|tribunal|rechtbank|hof|juzgado|cour|суд)\p{L}*(?:[ \t]+\p{Lu}[\p{L}-]+){0,3},[ \t]*(?:Beschluss|Urteil|Judgment|Order|Decision|Ruling|vonnis|beschikking|uitspraak|arrêt|jugement|ordonnance|auto|sentencia|решение|определение|постановление)[ \t]+(?:vom|of|van|du|del|de|от)[ \t]*$/iu)

/** "Executive Order 12333, dated December 4, 1981": "dated" after another document's name. */
const OTHER_DOCUMENT_DATED = uni(/\b(?:Order|Act|Law|letter|decision|memorandum|directive|resolution|decree|agreement|treaty|affidavit|notice|demand|requirement|application)\b(?<!\bthis \w+)[^.\n\r]{0,30}\bdated\s*$/i)

/** The second date of a period: "vom 01.09.2022 bis zum 30.09.2022", "from May 1 to May 5, 2021". */
const RANGE_END = uni(/^[\s,]*(?:bis(?: zum)?|to|through|thru|until|till|and|a|al|au|à|até|hasta(?: el)?|jusqu'au|do|по|и|-|–|—)\s*(?:the|el|le|o)?\s*$/i)

const NOT_ISSUE_RIGHT: Rule[] = rules([
  // "from <date> to ...", on the same line: the date opens a period.
  // "from 1 May – 30 June 2024", not "Beschluss vom 23. März 2022 – 9 Wx 23/21" (a date, then the file number).
  [/^[ \t]*(?:to|through|thru|until|and ending|a|al|até|au|bis|по|jusqu'au)[ \t]+\S|^[ \t]*[-–—][ \t]*\d(?![^\n]{0,8}?\b(?:[A-Z][a-z]{0,3}|[A-Z]{1,4})\b[ \t]*\d+\/\d{2})/iu, -3, 'range-start'],
  [/^\s*(?:г\.?|года)?\s*№/u, -3, 'numbered-act'],
  [/^\s*(?:'\w+\s+)?(?:tarihli|tarihinde|yayımlanan)/iu, -2.5, 'turkish-reference'],
])

const DEADLINE_LEFT: Rule[] = rules([
  [/\b(?:on or before|no later than|not later than|by no later than|deadline|due(?: date| on| by)?|return date|response date|respond(?:ed)? by|reply by|comply by|produce[^.\n\r]{0,80}\b(?:by|on)|required to (?:respond|produce|comply)[^.\n\r]{0,30}\bby|before)\s*:?\s*(?:the\s*)?$/i, 3, 'deadline-phrase'],
  [/\bby\s*(?:the\s*)?$/i, 2.5, 'by'],
  [/\b(?:(?:date|time) (?:and|&) (?:date|time)(?: (?:of|for) (?:appearance|production|compliance|return|response))?|(?:date|time) (?:of|for) (?:appearance|production|compliance|return|response)|production date|return on|appearance date|return date|due date)(?:\s*\/\s*time)?\s*:?\s*$/i, 3, 'form-date-time'],
  // Two-column forms: "Place: ...   Date and Time:" with the value on the next line.
  [/\b(?:date and time|date & time|time and date)\s*:[^.]{0,100}$/i, 2.5, 'form-date-time-near'],
  [/\b(?:appear|produce|production(?! order)|attend|appearance)\b[^]{0,240}\b(?:on|at)\s*(?:the\s*)?$/i, 2.5, 'appear-on'],
  [/\bbis\s*$/i, 2.5, 'de-bis'],
  // A time of day before the date: "By 4pm on 8 April", "bis spätestens 16:00 Uhr (14.11.2024)", "entro le ore 18:00 del".
  [/\b(?:by|before|no later than|not later than|bis spätestens|spätestens|bis|avant|hasta las?|até às?|entro(?: le ore)?)\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|Uhr|h|horas|hrs)?|noon|midday|close of business)\s*(?:on\s+(?:the\s+)?|del\s+|\(\s*|,\s*)?$/iu, 3, 'time-then-date'],
  [/\bentro\s+(?:il\s+)?$/iu, 3, 'it-entro'],
  [/\b(?:pour le|請於|请于)\s*$/iu, 2.5, 'deadline-intl-weak'],
  [/\b(?:antes del?|a más tardar el|no más tarde del?|hasta el|fecha límite(?: de)?|até o dia|até|no máximo até|prazo final|avant le|au plus tard le|d'ici le|jusqu'au|bis zum|bis spätestens|spätestens (?:am|bis)|frist(?:ende)?|не позднее|в срок до|до)(?:\s+(?:día|dia|jour))?\s*:?\s*$/iu, 3, 'deadline-phrase-intl'],
  // A form's heading above the date: "DATE AND TIME THE DOCUMENTS MUST BE AVAILABLE".
  [/\b(?:must|shall|are to|is to) be (?:available|produced|delivered|provided|returned|submitted|made available)\b[^.\n\r]{0,20}\s*:?\s*$/i, 3, 'must-be-available'],
  // Two columns: "Place: ...   Date and Time:" ending a line, the value below past an address.
  [/\b(?:date and time|date & time|time and date)\s*:[ \t]*\r?\n[^]{0,110}$/i, 2.5, 'form-date-time-below'],
])

const DEADLINE_RIGHT: Rule[] = rules([
  [/^\s*(?:\d{1,2}\s*[时時点點](?:\s*\d{1,2}\s*分)?)?\s*(?:前|之前|以前)/u, 3, 'zh-before'],
  [/^\s*,?\s*au plus tard\b/iu, 3, 'fr-at-latest'],
  [/^\s*(?:'[a-z]+\s+)?(?:tarihine kadar|kadar)/iu, 3, 'tr-until'],
])

const NOT_DEADLINE_LEFT: Rule[] = rules([
  // "shall not, before 22 April 2025, inform the user": a secrecy period, not a deadline.
  [/\bnot\b[^.\n\r]{0,15}\bbefore\s*$/i, -5, 'not-before'],
  [/\b(?:served|received|issued|dated|entered|signed|from|between|period|records?|unseal\w*|occurred|since|made|heard|granted|decided|applied)\b[^.\n\r]{0,20}$/i, -2, 'not-deadline'],
  // "... and faxed to Twitter on", "approved on": when the document went out, not when it is due.
  [/\b(?:sent|faxed|mailed|e-?mailed|transmitted|approved|given|issued|signed|adopted)\b(?: (?:by|to|from) [^\r\n]{1,70}?)?(?: (?:by|to|from) [^\r\n]{1,70}?)? on\s*$/i, -4, 'went-out'],
  // "DHS withdrew the summonses on DATE", "the order was vacated on DATE": the day the process ended.
  [/\b(?:withdr[ae]w\w*|rescind\w*|vacated|quashed|revoked|lifted|dropped)\b[^.\n\r]{0,40}\bon\s*$/i, -5, 'ended-on'],
  // "between 4:20 and 5:20 p.m. on May 20": the hours of a period of records.
  [/\bbetween\s+\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:and|to|-|–)\s*\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?,?\s*(?:on\s*)?$/i, -5, 'time-window'],
  // A warrant's "execute on or before" binds the officer, not the provider.
  [/\b(?:execut\w*|return (?:this|the) warrant|inventory)\b[^.\n\r]{0,60}$/i, -4, 'officer-deadline'],
])

function score(table: Rule[], text: string, cues: string[]): number {
  let total = 0
  for (const [re, weight, name] of table) {
    if (re.test(text)) {
      total += weight
      cues.push(name)
    }
  }
  return total
}

/** A line holding nothing but the date (and perhaps a place): the date line of a letter or order. */
function standaloneDate(text: string, all: Line[], date: FoundDate): boolean {
  const line = lineAt(all, date.start)
  if (!line || date.end > line.end) return false
  // Letterhead layouts pad the place and the date apart: "г. Москва        15 мая 2023 г.".
  const rest = (text.slice(line.start, date.start) + ' ' + text.slice(date.end, line.end)).replace(/\s+/g, ' ').trim()
  if (line.text.trim().startsWith('[')) return false
  // "... of the Russian Federation of\n12.05.2022": the date finishes the previous line's sentence.
  const before = text.slice(Math.max(0, line.start - 40), line.start)
  if (/(?:\b(?:of|from|dated|on|от|de|del|du|vom|dem|di)|[,(])\s*$/iu.test(before)) return false
  // "... en date du 12 septembre 2025,": the date ends a phrase about something else.
  if (/\b(?:en date du|de fecha|vom|dated|of|от)\s*$/iu.test(text.slice(line.start, date.start))) return false
  return rest.length <= 45 && !/\b(?:from|to|until|on or before|by|before|de la|period|between)\b/i.test(rest) && /^[\p{L}\s.,()'’>-]*(?:г\.?|года)?[\s.]*$/u.test(rest)
}

/** The date stands in the first line of the text, and that line is a description in square brackets. */
function openingDescription(text: string, all: Line[], date: FoundDate): boolean {
  const first = all.find((l) => l.text.trim() !== '')
  if (!first || date.start < first.start || date.end > first.end) return false
  const before = text.slice(first.start, date.start)
  // In the line's first sentence: "[Subpoena No. 1 ... for the account @x. Twitter moved to quash it on DATE]" dates the motion.
  return /^\s*\[[^\]]*$/.test(before) && !/(?<!\b\p{Lu})[.;]\s+\p{Lu}/u.test(before)
}

const WEEKDAY_BEFORE = /(?<=^|\s)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag),?\s*$/iu

export function scoreDates(text: string, dates: FoundDate[]): ScoredDate[] {
  const all = lines(text)
  return dates.map((date, i) => {
    const previousEnd = i > 0 ? (dates[i - 1] as FoundDate).end : 0
    // "on MONDAY, NOVEMBER 17, 2025": the weekday belongs to the date, not to the words before it.
    const left = text.slice(Math.max(previousEnd, date.start - 320), date.start).replace(WEEKDAY_BEFORE, ' ')
    const right = text.slice(date.end, date.end + 40)
    const cues: string[] = []
    let issue = score(ISSUE_LEFT, left, cues) + score(NOT_ISSUE_LEFT, left, cues) + score(NOT_ISSUE_RIGHT, right, cues)
    // "[Removal notice given by ... to X Corp (provider of the social media service X) on DATE]": a word
    // inside the named parties ("service") is not another event of a line that says what was issued when.
    if (cues.includes('description-issued') && cues.includes('other-event')) {
      issue -= OTHER_EVENT_WEIGHT
      cues.splice(cues.indexOf('other-event'), 1)
    }
    // The document opens with a clerk's line naming it: "[Decisão da juíza ..., de 19 de julho de 2016, que
    // determina ...]", "[European Commission, 17 January 2025: ...]". Its first date is the document's own.
    if (i === 0 && openingDescription(text, all, date)) {
      issue += 2.5
      cues.push('opening-description')
    }
    // "Schleswig-Holsteinisches Oberlandesgericht, Beschluss vom 23. März 2022": a title line naming the court and its own decision.
    if (TITLE_LINE.test(text.slice(lineAt(all, date.start)?.start ?? date.start, date.start))) {
      issue += 2
      cues.push('title-line')
    }
    const ownCue = cues.includes('issue-verb') || cues.includes('description-issued') || cues.includes('description-dated') || cues.includes('opening-description') || cues.includes('title-line')
    if ((!ownCue || OTHER_DOCUMENT_DATED.test(left)) && OTHER_DOCUMENT_LEFT.test(left)) {
      issue -= 2.5
      cues.push('other-document')
    }
    if (/day\s+of/i.test(date.text) && /\bthis\s*$/i.test(left)) issue += 0.5
    if (!cues.includes('other-document') && /[\u0400-\u04FF]/.test(text) && RU_OTHER_DOCUMENT.test(left)) {
      // Outweighs a layout cue (a line of its own, a number before "dated"): it is someone else's date.
      issue -= 6
      cues.push('ru-other-document')
    }
    // "am 21.01.2025 beschlossen": the court's own decision date.
    if (/^\s*(?:beschlossen|entschieden|verfügt|erlassen)\b/u.test(right)) {
      issue += 3
      cues.push('de-decided')
    }
    // An outgoing letter's register line: "02.03.2023 № 201/2-1187-23" at the start of a line.
    const line = lineAt(all, date.start)
    if (line && text.slice(line.start, date.start).trim() === '' && /^\s*(?:г\.?)?\s*(?:№|No\.?\s?\d|Nr\.?\s?\d)/u.test(right)) {
      issue += 6
      cues.push('register-line')
    }
    // A French procès-verbal opens with its own date: "L'an deux mil vingt-cinq, le seize septembre".
    if (/^L['’]an\b/iu.test(date.text) || /\bL['’]an\s*$/iu.test(left)) {
      issue += 4
      cues.push('fr-pv-opening')
    }
    // Of two dated signatures (an application, then the order on it), the judge's is the instrument's.
    // The signature block: the lines after the date, up to the first blank one.
    const signature = text.slice(date.end, date.end + 240).split(/\r?\n[ \t]*\r?\n/)[0] ?? ''
    if (issue >= 2 && /\b(?:judge|magistrate|richter\w*|juiz|juíza|juez|jueza|juge|судья)\b/iu.test(signature)) {
      issue += 1
      cues.push('judge-signs')
    }
    // An explicit "Dated:" line outranks a bare date line (a covering letter's).
    if (line && /^[ \t]*(?:dated|date)\s*:\s*$/i.test(text.slice(line.start, date.start))) issue += 0.5
    if (standaloneDate(text, all, date)) {
      issue += 3
      cues.push('standalone')
    }
    let deadline = score(DEADLINE_LEFT, left, cues) + score(DEADLINE_RIGHT, right, cues) + score(NOT_DEADLINE_LEFT, left, cues)
    if (date.time && deadline > 0) deadline += 0.5
    const between = i > 0 ? text.slice(previousEnd, date.start) : ''
    if (i > 0 && between.length < 25 && RANGE_END.test(between)) {
      deadline -= 4
      issue -= 3
      cues.push('range-end-date')
    }
    // The issue cues and the deadline cues compete: a "by" or "on or before" outweighs the layout.
    if (deadline >= 2.5) issue -= 2
    return { ...date, issue, deadline, cues }
  })
}

export type DateRoles = { issued: ScoredDate | null; deadline: ScoredDate | null; scored: ScoredDate[] }

export function assignDateRoles(text: string, dates: FoundDate[]): DateRoles {
  const scored = scoreDates(text, dates)
  const pick = (key: 'issue' | 'deadline', min: number): ScoredDate | null => {
    let best: ScoredDate | null = null
    for (const d of scored) {
      if (d[key] < min) continue
      const other = key === 'issue' ? d.deadline : d.issue
      if (other > d[key]) continue
      if (!best || d[key] > best[key]) best = d
    }
    return best
  }
  const issued = pick('issue', 2)
  let deadline = pick('deadline', 2.5)
  if (deadline && issued && deadline.start === issued.start) deadline = null
  return { issued, deadline, scored }
}
